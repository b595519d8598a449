#include <llmpath/arena.hpp>

#include <algorithm>
#include <cstdint>

namespace llmpath {

void* Arena::room(std::size_t bytes, std::size_t align) {
    std::size_t pad = (align - reinterpret_cast<std::uintptr_t>(m_next) % align) % align;
    if (m_next == nullptr || bytes + pad > m_left) {
        // Blocks of 64 KiB, or one of its own for a larger request; new[] aligns them for any
        // plain value.
        constexpr std::size_t k_block = std::size_t{64} << 10;
        const std::size_t size = std::max(k_block, bytes);
        m_blocks.push_back(std::make_unique_for_overwrite<char[]>(size));
        m_next = m_blocks.back().get();
        m_left = size;
        pad = 0;
    }
    char* at = m_next + pad;
    m_next = at + bytes;
    m_left -= pad + bytes;
    return at;
}

std::string_view Arena::keep(std::string_view s) {
    if (s.empty()) {
        return {};
    }
    char* at = static_cast<char*>(room(s.size(), 1));
    std::memcpy(at, s.data(), s.size());
    return {at, s.size()};
}

std::string_view Arena::adopt(std::string text) {
    m_adopted.push_back(std::make_unique<std::string>(std::move(text)));
    return *m_adopted.back();
}

} // namespace llmpath
