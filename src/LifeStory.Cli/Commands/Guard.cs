using LifeStory.Cli.Reporting;
using LifeStory.Output;

namespace LifeStory.Cli.Commands;

/// <summary>
/// The edge where failures become messages: nobody using LifeStory should see a stack trace. Set
/// LIFESTORY_DEBUG=1 to see one when reporting a bug.
/// </summary>
internal static class Guard
{
    public static int Run(Reporter reporter, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UsageException usage)
        {
            reporter.Failure(usage.Message);
            return ExitCodes.Usage;
        }
        catch (Templating.SettingsFileException settings)
        {
            reporter.Failure($"{settings.ToFinding()} Nothing was written.");
            return ExitCodes.InvalidInput;
        }
        catch (DiskFullException full)
        {
            reporter.Failure(full.Message + " Free some space, or write somewhere else with --output, and run again. Nothing was written.");
            return ExitCodes.Failure;
        }
        catch (OutputRefusedException refused)
        {
            reporter.Failure(refused.Message + " Nothing was written.");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("LIFESTORY_DEBUG") != "1")
        {
            reporter.Failure(ex switch
            {
                IOException or UnauthorizedAccessException => $"The file could not be written: {ex.Message} Nothing was changed.",
                _ => $"Something went wrong: {ex.Message} Nothing was written. Run again with LIFESTORY_DEBUG=1 to see details.",
            });
            return ExitCodes.Failure;
        }
    }
}
