#pragma once

#include <cstddef>

namespace llmpath::cli {

/// Sets the heap up, first thing in a run. Freed memory stays in the process instead of going
/// back to the kernel after each use (`batch` plans allocate and free many small strings: 20,000
/// plans took 1.75 s with trimming against 1.27 s without). And the start of the heap goes on one
/// transparent huge page: creating a page of memory is slow on virtual machines (about 10 µs for
/// each 4 KiB page where this was measured), a run allocates about 110 of them, and one huge page
/// costs about 100 µs. Where huge pages are not offered, only the first part applies.
void prepare_heap_for_run();

/// Prepares the heap for loading a catalogue of `text_bytes` bytes of JSON. A large catalogue
/// allocates hundreds of MiB in small pieces; on 4 KiB pages each page costs a page fault, and the
/// faults cost more than the parsing (100,000 tasks: 65,000 faults). This grows the heap once by
/// about what the load will use, asks the kernel for transparent huge pages on it (one fault per
/// 2 MiB), and keeps large blocks on it too. Does nothing for small catalogues or where the system
/// does not offer huge pages.
void prepare_heap_for_catalog(std::size_t text_bytes);

} // namespace llmpath::cli
