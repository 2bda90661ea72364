// The parts of libxml2 that docgraph's readers use, with small inline wrappers for what Swift 6
// cannot use directly (global mutable state and variadic or macro-defined API).
#ifndef DOCGRAPH_CLIBXML2_SHIM_H
#define DOCGRAPH_CLIBXML2_SHIM_H

// libxml2's encoding.h includes the system ICU headers when libxml2 was built with ICU; they
// clash with the ICU that Foundation bundles. docgraph never touches the ICU-only fields (the
// tail of xmlCharEncodingHandler, used through pointers only), so the headers are read without them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// Silences libxml2's default error printing to stderr for this thread: readers report problems
/// as warnings and errors of their own.
static inline void docgraph_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, NULL);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

/// The options the HTML reader parses with: recover from errors, print nothing, never touch the
/// network, and ignore the document's own encoding hint (the bytes are handed over as UTF-8).
static inline int docgraph_html_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_NOBLANKS | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
}

/// The options XML parts (such as a DOCX's word/document.xml) are parsed with: no network, no
/// entity expansion, no DTD loading, nothing printed; depth stays within libxml2's own limit.
static inline int docgraph_xml_options(void) {
    return XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
}

/// The node type as a plain int, so Swift code compares without importing the C enum's cases.
static inline int docgraph_node_type(const xmlNode *node) {
    return node == NULL ? 0 : (int)node->type;
}

#endif
