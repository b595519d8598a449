#include "cli/line_reader.hpp"

#include <cstring>

namespace llmpath::cli {

bool LineReader::next(InputLine& line) {
    if (m_done) {
        return false;
    }
    line.text.clear();
    line.has_nul = false;
    line.too_long = false;
    bool any = false;
    int c = 0;
    while ((c = std::getc(m_in)) != EOF) {
        any = true;
        if (c == '\n') {
            break;
        }
        if (line.text.size() == m_max) {
            line.text.clear();
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

} // namespace llmpath::cli
