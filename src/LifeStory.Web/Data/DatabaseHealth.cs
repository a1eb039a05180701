using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LifeStory.Web.Data;

/// <summary>/health/ready: the database answers.</summary>
public sealed class DatabaseHealth(LifeStoryDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The database does not answer.");
}
