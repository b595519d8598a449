#include "util/table.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace llmpath::util {

namespace {

void rstrip(std::string& line) {
    while (!line.empty() && line.back() == ' ') {
        line.pop_back();
    }
}

} // namespace

std::string render_table(const std::vector<TableColumn>& columns,
                         const std::vector<std::vector<std::string>>& rows, int width,
                         const std::string& header_prefix, const std::string& header_suffix) {
    const std::size_t n = columns.size();
    std::vector<int> widths(n, 0);
    for (std::size_t c = 0; c < n; ++c) {
        widths[c] = display_width(columns[c].header);
        for (const auto& row : rows) {
            if (c < row.size()) {
                const std::string shown =
                    columns[c].item_separator.empty()
                        ? row[c]
                        : join(split(row[c], k_item_separator[0]), columns[c].item_separator);
                widths[c] = std::max(widths[c], display_width(shown));
            }
        }
    }
    const int gap = 2;
    int total = 0;
    for (int w : widths) {
        total += w;
    }
    total += gap * static_cast<int>(n > 0 ? n - 1 : 0);
    if (total > width) {
        int fixed = gap * static_cast<int>(n > 0 ? n - 1 : 0);
        int flexible_natural = 0;
        for (std::size_t c = 0; c < n; ++c) {
            if (columns[c].flexible) {
                flexible_natural += widths[c];
            } else {
                fixed += widths[c];
            }
        }
        const int available = std::max(0, width - fixed);
        for (std::size_t c = 0; c < n; ++c) {
            if (columns[c].flexible && flexible_natural > 0) {
                const int share = available * widths[c] / flexible_natural;
                widths[c] = std::max({12, share, display_width(columns[c].header)});
            }
        }
    }

    std::string out;
    auto lines_of = [&](std::size_t c, const std::string& cell, bool header) {
        if (!columns[c].item_separator.empty() && !header) {
            return wrap_items(split(cell, k_item_separator[0]), columns[c].item_separator,
                              widths[c]);
        }
        return columns[c].flexible ? wrap(cell, widths[c]) : std::vector<std::string>{cell};
    };
    auto emit_row = [&](const std::vector<std::string>& cells, bool header) {
        std::vector<std::vector<std::string>> wrapped(n);
        std::size_t height = 1;
        for (std::size_t c = 0; c < n; ++c) {
            const std::string cell = c < cells.size() ? cells[c] : std::string();
            wrapped[c] = lines_of(c, cell, header);
            height = std::max(height, wrapped[c].size());
        }
        for (std::size_t line_no = 0; line_no < height; ++line_no) {
            std::string line;
            for (std::size_t c = 0; c < n; ++c) {
                const std::string piece = line_no < wrapped[c].size() ? wrapped[c][line_no] : "";
                if (c > 0) {
                    line.append(static_cast<std::size_t>(gap), ' ');
                }
                if (header && !piece.empty()) {
                    line += header_prefix + piece + header_suffix;
                    line.append(static_cast<std::size_t>(
                                    std::max(0, widths[c] - display_width(piece))),
                                ' ');
                } else {
                    line += pad_right(piece, widths[c]);
                }
            }
            rstrip(line);
            out += line;
            out += '\n';
        }
    };
    std::vector<std::string> headers;
    for (const auto& col : columns) {
        headers.push_back(col.header);
    }
    emit_row(headers, true);
    for (const auto& row : rows) {
        emit_row(row, false);
    }
    return out;
}

} // namespace llmpath::util
