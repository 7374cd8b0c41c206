// NewsGraphResolution: one page's extraction in, canonical names out.
//
// Decides which mentions name the same thing within a document: short forms
// the text defines (`以下简称`), level-prefixed short forms (`区总工会` for the
// article's `大兴区总工会`), short place names (`宜昌` for `宜昌市`), spaced
// names (`黄 涛`). Non-goals: identity across documents.
