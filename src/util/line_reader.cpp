#include "util/line_reader.hpp"

namespace llmpath::util {

int LineReader::get() {
    if (m_file != nullptr) {
        return std::getc(m_file);
    }
    const auto c = m_stream->get();
    return c == std::istream::traits_type::eof() ? EOF : static_cast<unsigned char>(c);
}

bool LineReader::next(InputLine& line) {
    if (m_done) {
        return false;
    }
    line.text.clear();
    line.has_nul = false;
    line.too_long = false;
    bool any = false;
    int c = 0;
    while ((c = get()) != EOF) {
        any = true;
        if (c == '\n') {
            break;
        }
        if (line.text.size() == m_max) {
            line.text.clear();
            line.has_nul = false; // nothing of the line is kept, so nothing is flagged
            line.too_long = true;
            m_done = true;
            break;
        }
        line.has_nul = line.has_nul || c == '\0';
        line.text.push_back(static_cast<char>(c));
    }
    if (!any) {
        m_done = true;
        return false;
    }
    if (!line.text.empty() && line.text.back() == '\r') {
        line.text.pop_back();
    }
    line.number = ++m_number;
    return true;
}

} // namespace llmpath::util
