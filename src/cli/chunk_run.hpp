#pragma once

// How `llmpath batch` runs a chunk of lines on its threads, keeping their order.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <type_traits>
#include <vector>

namespace llmpath::cli {

/// No `after` step: the threads end once every line is planned.
struct NoAfter {
    template <typename Item> void operator()(Item&) const {}
};

/// A chunk's lines through three steps: `work` (the plan) on the threads, each taking the next
/// line not yet taken (plans differ in size: fixed slices would leave a thread idle at a chunk's
/// end); `in_order` on this thread, in input order, as soon as a line and those before it are
/// planned; then `after` on the threads, which take a line `in_order` has let through before
/// planning another. So a line's output is written while the next ones are planned. An
/// exception a step lets out (a bug: answers errors are the line's result) is rethrown here
/// once every line is through. When no thread can be started, every step runs here.
template <typename Item, typename Work, typename InOrder, typename After> class ChunkRun {
  public:
    ChunkRun(std::vector<Item>& chunk, Work work, InOrder in_order, After after)
        : m_chunk(chunk), m_work(work), m_in_order(in_order), m_after(after),
          m_planned(chunk.size()) {}

    void run(unsigned jobs) {
        std::size_t n = m_chunk.size();
        std::vector<std::thread> threads;
        try {
            for (std::size_t w = 0; w < std::max<std::size_t>(1, std::min<std::size_t>(jobs, n));
                 ++w) {
                threads.emplace_back([this] { work_on(); });
            }
        } catch (const std::system_error&) {
            if (threads.empty()) { // no thread to be had: every step here, line by line
                m_next_plan = n;
                for (auto& line : m_chunk) {
                    guarded([&] { m_work(line); });
                    guarded([&] { m_in_order(line); });
                    guarded([&] { m_after(line); });
                }
                n = 0;
            }
        }
        for (std::size_t i = 0; i < n; ++i) {
            m_planned[i].wait(false, std::memory_order_acquire);
            guarded([&] { m_in_order(m_chunk[i]); });
            // Sequentially consistent, with the threads' ++m_idle and their wait: a thread that
            // counted itself idle sees this line, or is woken for it.
            m_released.store(i + 1);
            if (m_idle.load() > 0) { // the threads wait only when nothing is left to plan
                m_released.notify_all();
            }
        }
        for (auto& t : threads) {
            t.join();
        }
        if (m_failure) {
            std::rethrow_exception(m_failure);
        }
    }

  private:
    void work_on() {
        const std::size_t n = m_chunk.size();
        for (;;) {
            const std::size_t released = m_released.load(std::memory_order_acquire);
            std::size_t a = m_next_after.load();
            if (a < released) {
                if (m_next_after.compare_exchange_weak(a, a + 1)) {
                    guarded([&] { m_after(m_chunk[a]); });
                }
                continue;
            }
            if (a >= n || (std::is_same_v<After, NoAfter> && m_next_plan.load() >= n)) {
                return;
            }
            if (m_next_plan.load() < n) {
                if (const std::size_t i = m_next_plan++; i < n) {
                    guarded([&] { m_work(m_chunk[i]); });
                    m_planned[i].store(true, std::memory_order_release);
                    m_planned[i].notify_one();
                }
                continue;
            }
            ++m_idle; // until more are let through
            m_released.wait(released);
            --m_idle;
        }
    }
    template <typename F> void guarded(F f) {
        try {
            f();
        } catch (...) {
            const std::lock_guard hold(m_failure_lock);
            m_failure = m_failure ? m_failure : std::current_exception();
        }
    }

    std::vector<Item>& m_chunk;
    Work m_work;
    InOrder m_in_order;
    After m_after;
    std::vector<std::atomic<bool>> m_planned; ///< per line: its `work` is done
    std::atomic<std::size_t> m_next_plan{0};
    std::atomic<std::size_t> m_released{0}; ///< lines through `in_order`
    std::atomic<std::size_t> m_next_after{0};
    std::atomic<int> m_idle{0}; ///< threads waiting for `in_order`
    std::mutex m_failure_lock;
    std::exception_ptr m_failure;
};

template <typename Item, typename Work, typename InOrder, typename After>
void in_parallel(std::vector<Item>& chunk, unsigned jobs, Work work, InOrder in_order,
                 After after) {
    ChunkRun<Item, Work, InOrder, After>(chunk, work, in_order, after).run(jobs);
}

} // namespace llmpath::cli
