using LifeStory.Web.Data;
using LifeStory.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLifeStory();
var app = builder.Build();
app.UseLifeStory();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>The web app's entry point, named so the tests' WebApplicationFactory can start it.</summary>
public partial class Program;
