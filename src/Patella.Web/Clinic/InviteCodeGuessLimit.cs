using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Patella.Web.Accounts;

namespace Patella.Web.Clinic;

/// <summary>
/// How often one signed-in account may try to redeem an invite code (<c>POST /api/clinic/join</c> and the clinic page's
/// form share one budget): <see cref="PermitLimit"/> tries per <see cref="Window"/>, a fixed window per account, so a
/// guess-the-code loop stops while a clinician who mistyped twice does not notice. Beyond it the API answers 429 with a
/// problem and the form comes back to <c>/clinic</c> with the message.
/// </summary>
/// <remarks>
/// The count lives in this instance's memory: behind a balancer with N instances an account gets up to N times the tries.
/// That is enough: a code holds 60 random bits (<see cref="Data.Clinic.InviteCodes"/>), single use and valid 7 days, so
/// guessing one needs ~2^59 tries either way; the limit is against a script hammering the database, not the last line of defence.
/// </remarks>
public sealed class InviteCodeGuessLimit : IRateLimiterPolicy<long>
{
    /// <summary>The policy's name, for <c>RequireRateLimiting</c>.</summary>
    public const string Policy = "invite-code-guesses";

    /// <summary>Tries per account per window, successful ones included.</summary>
    public const int PermitLimit = 10;

    /// <summary>The window, 15 minutes; a new window starts with a full budget.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>What the API's problem and the form's page say.</summary>
    public static readonly string Message =
        $"Too many invite codes tried: {PermitLimit} in {Window.TotalMinutes:0} minutes. Wait a while, then check the code with the runner (or ask them for a new one).";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = Rejected;

    /// <summary>One fixed window per account; anonymous requests never get here (the endpoints require sign-in), 0 is theirs anyway.</summary>
    public RateLimitPartition<long> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return RateLimitPartition.GetFixedWindowLimiter(
            SignedIn.From(httpContext.User)?.AccountId ?? 0,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitLimit, Window = Window, QueueLimit = 0, AutoReplenishment = true });
    }

    private static async ValueTask Rejected(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var context = rejected.HttpContext;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after))
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await TypedResults.Problem(Message, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many invite codes tried").ExecuteAsync(context);
            return;
        }

        context.Response.Redirect("/clinic?error=" + Uri.EscapeDataString(Message));
    }
}
