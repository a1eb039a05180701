using YamlDotNet.Core;

namespace LifeStory.Cases.Loading;

/// <summary>case.yaml broke one of <see cref="CaseLimits"/> (or held a second document) at <see cref="Where"/>.</summary>
internal sealed class YamlLimitException(Mark where, string code, string message, string fix) : Exception(message)
{
    public Mark Where { get; } = where;

    public string Code { get; } = code;

    public string Fix { get; } = fix;
}
