// NewsGraphIngest: bytes in, normalized documents out.
//
// Input: paths (files, directories, `-` for stdin) or raw bytes. Output:
// `Document` values whose text is valid UTF-8, NFC, with LF line ends, and an
// offset map back to the original file's scalars. Non-goals: page layout.
