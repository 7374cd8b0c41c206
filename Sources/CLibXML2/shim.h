// libxml2 for Swift. ICU is switched off before the headers so that a module
// seeing both Foundation and libxml2 does not get two UErrorCode definitions.
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/xmlstring.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>

// Swift 6 rejects the global function pointer xmlFree as not concurrency-safe.
static inline void newsgraph_xml_free(void *p) { xmlFree(p); }
