using System.Text;

namespace LifeStory.Cases.Loading;

/// <summary>
/// How C# names become case.yaml names. The binder, the schema and the scaffold all go through here,
/// so a field is spelled the same in the file, in the editor's hints and in error messages.
/// </summary>
internal static class YamlNames
{
    /// <summary>PreferredName → preferred_name; ChildrensHome → childrens_home.</summary>
    public static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>The snake_case spelling of every member of an enum, in declaration order.</summary>
    public static IReadOnlyList<string> EnumValues(Type enumType) =>
        Enum.GetNames(enumType).Select(SnakeCase).ToArray();

    /// <summary>"people[2]" + "group" → "people[2].group"; the root path is empty.</summary>
    public static string Child(string path, string key) => path.Length == 0 ? key : path + "." + key;

    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>How a path reads in a sentence: "child", "people[2]", or "the case" for the top level.</summary>
    public static string Display(string path) => path.Length == 0 ? "the case" : path;
}
