namespace LifeStory.Cases.Scaffold;

/// <summary>
/// The case.yaml a new case folder starts with: a small, made-up child with every section filled in,
/// so a social worker can see the shape of each part and overwrite it. It must always load and check
/// cleanly (a test makes sure), because the first thing anyone does is try to make a book from it.
/// </summary>
internal static class ScaffoldText
{
    public const string SchemaLine = "# yaml-language-server: $schema=../case.schema.json";

    public const string CaseYaml = SchemaLine + """

# The line above lets editors such as VS Code check this file as you type and explain each field.
# It looks for case.schema.json in the folder above this one (lifestory schema writes it).
#
# This is a made-up example. Replace it with the real child's details, keeping the shape:
#   - every "name: value" line needs a space after the colon;
#   - indent with spaces (two at a time), never tabs;
#   - a line starting with "- " is one item in a list;
#   - anything after a # is a note for you and is ignored.
# Dates are written as 2019-06-12. Where only the month or year is known, write 2019-06 or 2019,
# and put "about " in front if nobody is sure ("about 2019").

# The child this book and these letters are for.
child:
  legal_name: Amira Example          # as on official papers; only used in the professional record
  preferred_name: Amira              # what she likes to be called; every page uses this
  date_of_birth: 2018-05-14
  pronouns: she                      # she, he or they
  first_language: English
  favourite_colour: teal
  # cover_photo: park                # the id of a photo from the photos list below, for the cover
  # situations: [parent_in_prison]   # help the book offers: bereavement, parent_in_prison, seeking_asylum
  # looked_after_since: 2025-11-03   # the day she became looked after: her review dates are worked out from it

# People who matter in the child's life. Give each a short id; other parts of this file use it.
# group is one of: birth_family, brothers_and_sisters, carers, adoptive_family, special_guardians, social_worker,
# iro, others.
people:
  - id: mum
    name: Leanne Example
    relationship: my birth mum
    group: birth_family
    known_as: Mummy Leanne
  - id: jo
    name: Jo Carer
    relationship: my foster carer
    group: carers
    about: Jo makes the best pancakes and reads with Amira every night.
  - id: priya
    name: Priya Worker
    relationship: my social worker
    group: social_worker
  - id: david
    name: David Chair
    relationship: the person who runs my meetings
    group: iro

# Places the child has lived, oldest first. kind is one of: birth_family, foster, adoptive, childrens_home,
# special_guardianship, other. The book tells the child's route from the home they live in now: adoption, fostering,
# a children's home, a special guardian, or going home (birth_family after another kind of home); from 16, in care,
# it also explains the personal adviser, the pathway plan, Staying Put and the local offer.
homes:
  - id: first-home
    name: The flat with Mummy Leanne
    kind: birth_family
    from: 2018-05
    to: 2020-02
    people: [mum]
    town: Northtown
  - id: jo-house
    name: Jo's house
    kind: foster
    from: 2020-02
    people: [jo]                     # leave out "to:" while the child still lives here
    town: Southbridge
    address:
      text: 1 Example Road, Southbridge
      hidden_from: [parents]         # readers who must never see this: child, carers or parents
    about: A house with a big garden and a cat called Biscuit.

# Nurseries, schools and colleges.
schools:
  - id: oak-primary
    name: Oak Tree Primary School
    from: 2022-09
    about: Her best friend is Lily and her favourite lesson is art.

# Things that happened, for the timeline.
timeline:
  - date: 2018-05-14
    title: Amira was born
    words: Amira was born at Northtown Hospital. She weighed 7 pounds.
  - date: about 2019-06
    title: First steps
  - date: 2020-02-10
    title: Moved to Jo's house
    # photos: [moving-day]           # ids of photos of this moment

# Photos, put in this folder's photos/ folder. Add one item for each photo, like this:
#  - id: park                        # a short id other parts of the file use
#    file: photos/park.jpg
#    caption: Amira and Jo at the park
#    date: 2021-07
#    people: [jo]
photos: []

# Things the child said or wrote, exactly as they said it.
my_words:
  - words: I like it when Biscuit sleeps on my bed.
    date: 2024-03
    about: about Jo's house

# Drawings, put in this folder's drawings/ folder. Add one item for each drawing, like this:
#  - id: my-house
#    file: drawings/my-house.png
#    title: My house
#    date: 2024-01
drawings: []

# Parts of the story you write, in Markdown. Write gently and honestly, as if reading aloud to the child.
# place says where each goes in the book: why_i_could_not_stay, family_time, my_future or my_story.
story:
  - id: why-i-live-with-jo
    title: Why I live with Jo
    place: why_i_could_not_stay
    markdown: |
      When Amira was little, Mummy Leanne loved her very much but was not well enough
      to keep her safe every day. So a judge decided Amira would live with **Jo**,
      who keeps her safe and helps her grow.
  - id: family-time
    title: Family time
    place: family_time
    markdown: |
      Amira sees **Mummy Leanne** once a month at family time. They do painting
      and have a snack together.

# Words and Pictures pages, in this order: who_is_worried, what_they_were_worried_about,
# what_happened_then, what_the_grown_ups_are_doing. Each can have a drawing from drawings.
# words_and_pictures:
#   - part: who_is_worried
#     words: Amira's nursery and her health visitor were worried.
#     drawing: worried-grown-ups

# Review meetings, for the letter to the child after each one.
reviews:
  - date: 2025-01-20
    iro: david
    people:
      - person: jo
        how: came                    # came, sent_views or by_phone
      - person: mum
        how: sent_views
      - person: priya
        how: by_phone                # told the IRO their views on the phone
    child_came: false
    views_gathered: I visited you at school before the meeting.
    child_said: I want to stay at Jo's and keep seeing Mummy Leanne.
    going_well:
      - You are doing really well at reading.
    worries:
      - what: Sometimes you find it hard to sleep.
        who_is_worried: [jo]
        safety_goal: You sleep well and feel safe at night.
    decisions:
      - what: Jo will ask the doctor about bedtime worries.
        who: jo
        by: 2025-03
    scale_question: How safe does Amira feel at Jo's house?
    scale_zero: Not safe at all
    scale_ten: Completely safe
    scale:
      - person: child
        score: 9
      - person: jo
        score: 8
    next_review: 2025-07-20

# Choices about the book.
book:
  voice: third_person                # third_person ("Amira was born…") or you ("You were born…")
  # title: Amira's Story             # leave out for "<name>'s Story"
  theme: bright                      # bright, calm, dyslexia_friendly (cream paper) or teen
  favourite_thing: cats              # drawn on the cover and the chapter pages
  # Until a second person has checked the book, every page says DRAFT. Then fill this in:
  # sign_off:
  #   checked_by: Sam Manager, team manager
  #   date: 2025-02-01

# A letter for the child to read when they are older (lifestory letter makes it).
# later_life_letter:
#   from: priya                      # the id of the person writing it
#   written: 2025-02-01
#   read_at_age: 14
#   markdown: |
#     Dear Amira, this letter tells you the whole of your story...
""";
}
