// NewsGraphGraphML: the graph as GraphML, written with libxml2's xmlTextWriter.
//
// `GraphMLWriter` declares every attribute once (`GraphMLKeys`), then writes
// nodes and edges. Text goes through `XMLText.sanitized` (libxml2 writes
// XML-forbidden characters raw) and ids through `NMToken.encode` (GraphML ids
// are `xs:NMTOKEN`s). Non-goals: reading GraphML.
import CLibXML2
