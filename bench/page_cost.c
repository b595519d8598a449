// What a new page of memory costs on this machine: the design of cli/heap.cpp rests on it.
// Touches 512 fresh 4 KiB pages one by one, then one 2 MiB region advised to use a transparent
// huge page, and prints the time of each (microseconds), three times.
//   cc -O2 bench/page_cost.c -o /tmp/page_cost && /tmp/page_cost
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <time.h>

static double now_us(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

int main(void) {
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
    }
    return 0;
}
