namespace Patella.Web.Clinic;

/// <summary>
/// The clinic and report pages' own styles, served at <c>/clinic/clinic.css</c> (the CSP allows styles from this server
/// only, so not inline). Kept here until it joins wwwroot/app.css; the print rules make the report a clean A4 document.
/// </summary>
internal static class ClinicStyles
{
    public const string Css = """
        table.clinic td, td.wrap { white-space: normal; vertical-align: top; }
        table.clinic .score { font-weight: 700; }
        .decision { display: inline-block; padding: 1px 8px; border-radius: 10px; background: #e9edf1; font-weight: 600; }
        .decision-refer { background: #f8d7d7; color: #a61b1b; }
        .decision-rest, .decision-cross-train { background: #fbe9cf; color: #8a4b00; }
        .decision-run { background: #dcefe1; color: #1e6b34; }
        .decision-run-reduced { background: #eef5d9; color: #4c5d12; }
        ul.reasons { margin: 0; padding-left: 1.1em; }
        svg.spark { vertical-align: middle; }
        .notes blockquote { margin: 6px 0; padding: 6px 12px; border-left: 4px solid #0b5cad; background: #f5f7f9; white-space: pre-wrap; }
        .adjusted { color: #0b5cad; font-size: 0.9rem; }
        .superseded { color: #4a5460; text-decoration: line-through; }
        form.adjust { display: grid; gap: 6px; max-width: 32rem; }
        form.adjust button { justify-self: start; }
        form.adjust .row { display: flex; flex-wrap: wrap; gap: 8px; }
        form.adjust input[type=number] { width: 6rem; padding: 6px; }
        textarea { font: inherit; padding: 8px; border: 1px solid #8a939c; border-radius: 4px; width: 100%; max-width: 40rem; }
        button.danger { background: #a61b1b; border-color: #a61b1b; }
        .code { font: 700 1.6rem/1.2 ui-monospace, monospace; letter-spacing: 0.1em; }
        .report { max-width: 52rem; margin: 0 auto; padding: 16px; }
        .report h1 { margin-bottom: 0; }
        .report section { break-inside: avoid; }
        .report .print-only { display: none; }
        @media print {
            header.top, footer.bottom, nav, .no-print, .skip { display: none !important; }
            body { font-size: 11pt; color: #000; }
            .report { max-width: none; padding: 0; }
            .report .print-only { display: block; }
            a { color: #000; text-decoration: none; }
            table { font-size: 10pt; }
            th, td { padding: 2px 4px; }
            h2 { break-after: avoid; }
            @page { size: A4; margin: 15mm; }
        }
        """;
}
