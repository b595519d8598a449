// What a page costs a process on this machine: cli/heap.cpp and the link order rest on it.
// Touches 512 fresh 4 KiB pages one by one, then one 2 MiB region advised to use a transparent
// huge page, and prints the time of each (microseconds), three times. Given a file (the llmpath
// binary), it also reads 256 of its pages in order, as a run reads its code, and then 64 pages
// 64 KiB apart, as a run whose code is spread over the binary does. What a file's pages cost
// depends on how the file was written, which decides the size of the folios the page cache holds
// it in: compare copies made with `cp`, `dd bs=4k` and `dd bs=4M` (2 MiB folios, mapped as huge
// pages: what cmake/rewrite-in-large-blocks.cmake makes of the binary).
//   cc -O2 bench/page_cost.c -o /tmp/page_cost && /tmp/page_cost build/release/llmpath
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

static double now_us(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

// Reads one byte of `pages` pages of `path`, `stride` pages apart, from a fresh mapping.
static double read_file_pages(const char* path, size_t pages, size_t stride) {
    const int fd = open(path, O_RDONLY);
    if (fd < 0) {
        perror(path);
        return -1;
    }
    const size_t size = (size_t)lseek(fd, 0, SEEK_END);
    if (size < pages * stride * 4096) {
        fprintf(stderr, "%s: smaller than %zu pages\n", path, pages * stride);
        close(fd);
        return -1;
    }
    volatile char* p = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED) {
        perror("mmap");
        return -1;
    }
    unsigned sum = 0;
    const double t0 = now_us();
    for (size_t i = 0; i < pages; ++i) {
        sum += (unsigned char)p[i * stride * 4096];
    }
    const double t1 = now_us();
    munmap((void*)p, size);
    return sum == 0xffffffffu ? -1 : (t1 - t0) / (double)pages;
}

int main(int argc, char** argv) {
    const size_t huge = (size_t)2 << 20;
    for (int round = 0; round < 3; ++round) {
        char* small = mmap(NULL, huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        char* big = mmap(NULL, 2 * huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (small == MAP_FAILED || big == MAP_FAILED) {
            perror("mmap");
            return 1;
        }
        char* aligned = (char*)(((uintptr_t)big + huge - 1) & ~(uintptr_t)(huge - 1));
        madvise(aligned, huge, MADV_HUGEPAGE);
        const double t0 = now_us();
        for (size_t i = 0; i < huge; i += 4096) {
            small[i] = 1;
        }
        const double t1 = now_us();
        for (size_t i = 0; i < huge; i += 4096) {
            aligned[i] = 1;
        }
        const double t2 = now_us();
        printf("512 small pages: %6.0f us (%5.2f us each); one huge page: %5.0f us\n", t1 - t0,
               (t1 - t0) / 512, t2 - t1);
        munmap(small, huge);
        munmap(big, 2 * huge);
        if (argc > 1) {
            printf("file pages in order: %5.2f us each; 64 KiB apart: %5.2f us each\n",
                   read_file_pages(argv[1], 256, 1), read_file_pages(argv[1], 64, 16));
        }
    }
    return 0;
}
