// zlib for Swift: gzip decoding of `.gz` inputs (found by pkg-config `zlib`).
#include <zlib.h>

// inflateInit2 is a macro; Swift cannot call it.
static inline int newsgraph_inflate_init(z_stream *s, int windowBits) {
    return inflateInit2(s, windowBits);
}
