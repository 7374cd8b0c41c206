// NewsGraphLayout: a normalized document in, a `Page` out.
//
// Repairs lines broken by PDF/e-paper extraction, then splits the page into
// banner and articles (headline, subheadline, dateline, byline, credits, body),
// keeping an offset map to the original file. Word lists come from
// `Rules/layout/` (see `LayoutLexicon`). Non-goals: entities inside the body.
