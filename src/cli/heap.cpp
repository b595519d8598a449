#include "cli/heap.hpp"

#include <cstdint>
#include <cstdlib>
#include <limits>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

namespace llmpath::cli {

namespace {

constexpr std::size_t k_huge_page = std::size_t{2} << 20;
// Below this a catalogue loads in a few milliseconds and its memory fits in a few huge pages'
// worth of small ones; zeroing whole huge pages would cost more than it saves.
constexpr std::size_t k_min_text_bytes = std::size_t{2} << 20;
// Memory a run uses per byte of JSON: 173 MiB to load the 34 MB of 100,000 generated tasks and
// 210 MiB to plan with them, with a margin for texts richer than the generated ones.
constexpr std::size_t k_bytes_per_text_byte = 8;

} // namespace

void prepare_heap_for_run() {
    // Blocks up to 32 MiB come from the heap (not from separate mappings), and the heap is not
    // trimmed: freed memory is reused, and the huge page stays in the heap for the whole run.
    ::mallopt(M_MMAP_THRESHOLD, 32 << 20);
    ::mallopt(M_TRIM_THRESHOLD, 64 << 20);
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE) && !defined(__SANITIZE_ADDRESS__)
    // New blocks are cut from the top of the heap, which ends at the program break.
    const auto end = reinterpret_cast<std::uintptr_t>(::sbrk(0));
    const std::uintptr_t top = end - ::mallinfo2().keepcost;
    const std::uintptr_t page = (top + 4096 + k_huge_page - 1) & ~(k_huge_page - 1);
    // Fill the heap up to just below the huge page and keep the filler (only its header is ever
    // written), so that later allocations start on the huge page; then grow the heap past the
    // page, so that nothing is written on it before the advice (a page written before would leave
    // the range in small pages).
    static void* filler = nullptr; // kept for the whole run, on purpose
    filler = std::malloc(page - top - 256);
    void* block = std::malloc(k_huge_page + 8192);
    const auto at = reinterpret_cast<std::uintptr_t>(block);
    if (filler != nullptr && at < page && at + k_huge_page + 8192 > page + k_huge_page) {
        ::madvise(reinterpret_cast<void*>(page), k_huge_page, MADV_HUGEPAGE);
    }
    std::free(block); // back to the top of the heap
#endif
}

void prepare_heap_for_catalog(std::size_t text_bytes) {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE) && !defined(__SANITIZE_ADDRESS__)
    if (text_bytes < k_min_text_bytes) {
        return;
    }
    const std::size_t bytes = text_bytes * k_bytes_per_text_byte;
    // Large blocks (the text itself, the vector of tasks) come from the heap as well, and freed
    // memory stays there: the heap is grown once and its huge pages are reused.
    ::mallopt(M_MMAP_MAX, 0);
    // Without fast bins: with them, every large request first sweeps the many small chunks the
    // load has freed back into the heap (8% of a 100,000-task plan).
    ::mallopt(M_MXFAST, 0);
    ::mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
    void* block = std::malloc(bytes);
    if (block == nullptr) {
        return;
    }
    const auto begin = reinterpret_cast<std::uintptr_t>(block);
    const std::uintptr_t first = (begin + k_huge_page - 1) & ~(k_huge_page - 1);
    const std::uintptr_t last = (begin + bytes) & ~(k_huge_page - 1);
    if (last > first) {
        // Only advice: where it fails, the memory is used in small pages as before.
        ::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
    }
    // Back to the top of the heap, not to the kernel: the heap is never trimmed now.
    std::free(block);
#else
    (void)text_bytes;
#endif
}

} // namespace llmpath::cli
