#pragma once

namespace llmpath::cli {

/// Keeps freed memory in the process instead of handing it back to the kernel after each use:
/// `batch` allocates and frees many small strings per plan, and trimming the heap after each made
/// 20,000 plans take 1.09 s instead of 0.67 s (docs/performance.md).
void tune_allocator();

} // namespace llmpath::cli
