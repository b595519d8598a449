#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace llmpath {

/// Memory that stays put while the arena lives: copies of texts and of arrays of plain values,
/// in a few large blocks (64 KiB, or one of its own for a larger request). Nothing is freed
/// before the arena, and nothing in it is ever moved.
class Arena {
  public:
    /// A copy of `s` that lives as long as the arena.
    std::string_view keep(std::string_view s);
    /// `text` itself, which now lives as long as the arena (its characters are not copied).
    std::string_view adopt(std::string text);

    /// A copy of `items` that lives as long as the arena; nullptr for none.
    template <typename T> const T* keep(std::span<const T> items) {
        static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
        if (items.empty()) {
            return nullptr;
        }
        void* at = room(items.size_bytes(), alignof(T));
        std::memcpy(at, items.data(), items.size_bytes());
        return static_cast<const T*>(at);
    }

  private:
    void* room(std::size_t bytes, std::size_t align);

    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::vector<std::unique_ptr<std::string>> m_adopted;
    char* m_next = nullptr;
    std::size_t m_left = 0;
};

} // namespace llmpath
