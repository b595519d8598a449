// libFuzzer target: the one line reader accounts for every byte. From a FILE* and from a stream
// it gives the same lines as a plain split at '\n' (less a final "\r" and the empty piece after
// a last '\n'), with NUL bytes flagged, until the first line over its limit, which ends it.
#include "util/line_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using llmpath::util::InputLine;
using llmpath::util::LineReader;

std::vector<InputLine> read_all(LineReader& reader) {
    std::vector<InputLine> out;
    for (InputLine line; reader.next(line);) {
        out.push_back(line);
    }
    return out;
}

/// What the reader must give: the pieces between '\n', each cut at the limit.
std::vector<InputLine> expected(std::string_view text, std::size_t max) {
    std::vector<InputLine> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto nl = text.find('\n', start);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        InputLine line;
        line.number = out.size() + 1;
        if (end - start > max) {
            line.too_long = true;
            out.push_back(line);
            return out;
        }
        line.text = std::string(text.substr(start, end - start));
        line.has_nul = line.text.find('\0') != std::string::npos;
        if (!line.text.empty() && line.text.back() == '\r') {
            line.text.pop_back();
        }
        out.push_back(line);
        start = end + 1;
    }
    return out;
}

bool same(const std::vector<InputLine>& a, const std::vector<InputLine>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].number != b[i].number || a[i].text != b[i].text || a[i].has_nul != b[i].has_nul ||
            a[i].too_long != b[i].too_long) {
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const std::size_t max = 1 + data[0] % 64; // small limits, to reach them often
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::istringstream stream(text);
    LineReader from_stream(stream, max);
    const auto lines = read_all(from_stream);
    if (!same(lines, expected(text, max))) {
        __builtin_trap();
    }
    if (!text.empty()) {
        std::FILE* file = ::fmemopen(const_cast<char*>(text.data()), text.size(), "rb");
        if (file == nullptr) {
            return 0;
        }
        LineReader from_file(file, max);
        const bool agree = same(read_all(from_file), lines);
        std::fclose(file);
        if (!agree) {
            __builtin_trap();
        }
    }
    return 0;
}
