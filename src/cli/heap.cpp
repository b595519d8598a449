#include "cli/heap.hpp"

#include <malloc.h>

namespace llmpath::cli {

void tune_allocator() {
#if defined(__GLIBC__)
    // Blocks up to 32 MiB come from the heap, not from mappings of their own, and the heap is
    // trimmed only when 64 MiB are free at its top.
    ::mallopt(M_MMAP_THRESHOLD, 32 << 20);
    ::mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

} // namespace llmpath::cli
