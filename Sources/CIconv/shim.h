// glibc's iconv for Swift: GB18030/GBK decoding of legacy Chinese text.
#include <iconv.h>
#include <errno.h>

// iconv_open returns (iconv_t)-1 on failure, which Swift cannot compare against.
static inline int newsgraph_iconv_failed(iconv_t cd) { return cd == (iconv_t)-1; }
static inline int newsgraph_errno(void) { return errno; }
