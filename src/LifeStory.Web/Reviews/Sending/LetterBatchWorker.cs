namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// Makes the queued batches one at a time, off the request threads, each in a scope of its own (its own database
/// context). A batch that fails is marked finished with the reason, so the page polling it never waits for ever.
/// </summary>
public sealed class LetterBatchWorker(LetterBatches batches, IServiceScopeFactory scopes, ILogger<LetterBatchWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var batch in batches.Queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BatchRunner>().RunAsync(batch, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "A batch of review letters stopped");
                batch.Problems.Enqueue("Making the letters stopped part way: what was sent before then is marked sent; the rest are still waiting. Try again, and tell your administrator if it happens again.");
            }
            finally
            {
                batch.Finished = true;
            }
        }
    }
}
