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

constexpr int k_gap = 2;

/// A cell as shown: a list cell's items joined by the column's separator.
std::string shown(const TableColumn& column, const std::string& cell) {
    return column.item_separator.empty()
               ? cell
               : join(split(cell, k_item_separator[0]), column.item_separator);
}

/// The widest piece of a column's cells that a line cannot break: the least it can be narrowed to.
int narrowest(const TableColumn& column, const std::vector<std::vector<std::string>>& rows,
              std::size_t c) {
    int out = display_width(column.header);
    for (const auto& row : rows) {
        if (c < row.size()) {
            for (const auto& piece : wrap(shown(column, row[c]), 1)) {
                out = std::max(out, display_width(piece));
            }
        }
    }
    return out;
}

/// Each column's width: its widest cell, then, when the table is wider than `width`, the
/// flexible columns share what the others leave (at least 12 columns each, and never less than
/// a word of theirs), the widest giving way first so that the table fits when it can.
std::vector<int> column_widths(const std::vector<TableColumn>& columns,
                               const std::vector<std::vector<std::string>>& rows, int width) {
    const std::size_t n = columns.size();
    std::vector<int> widths(n, 0);
    int total = k_gap * static_cast<int>(n > 0 ? n - 1 : 0);
    int fixed = total;
    int flexible_natural = 0;
    for (std::size_t c = 0; c < n; ++c) {
        widths[c] = display_width(columns[c].header);
        for (const auto& row : rows) {
            if (c < row.size()) {
                widths[c] = std::max(widths[c], display_width(shown(columns[c], row[c])));
            }
        }
        total += widths[c];
        (columns[c].flexible ? flexible_natural : fixed) += widths[c];
    }
    if (total <= width || flexible_natural == 0) {
        return widths;
    }
    const int available = std::max(0, width - fixed);
    std::vector<int> least(n, 0);
    int used = 0;
    for (std::size_t c = 0; c < n; ++c) {
        if (columns[c].flexible) {
            least[c] = std::min(widths[c], std::max(12, narrowest(columns[c], rows, c)));
            const int share = available * widths[c] / flexible_natural;
            widths[c] = std::max(least[c], share);
            used += widths[c];
        }
    }
    while (used > available) {
        std::size_t widest = n;
        for (std::size_t c = 0; c < n; ++c) {
            if (columns[c].flexible && widths[c] > least[c] &&
                (widest == n || widths[c] > widths[widest])) {
                widest = c;
            }
        }
        if (widest == n) {
            break; // every flexible column is as narrow as its words allow
        }
        const int give = std::min(used - available, widths[widest] - least[widest]);
        widths[widest] -= give;
        used -= give;
    }
    return widths;
}

struct Table {
    const std::vector<TableColumn>& columns;
    std::vector<int> widths;
    const std::string& header_prefix;
    const std::string& header_suffix;
    std::string out;

    std::vector<std::string> lines_of(std::size_t c, const std::string& cell, bool header) const {
        if (!columns[c].item_separator.empty() && !header) {
            return wrap_items(split(cell, k_item_separator[0]), columns[c].item_separator,
                              widths[c]);
        }
        return columns[c].flexible ? wrap(cell, widths[c]) : std::vector<std::string>{cell};
    }

    void row(const std::vector<std::string>& cells, bool header) {
        const std::size_t n = columns.size();
        std::vector<std::vector<std::string>> wrapped(n);
        std::size_t height = 1;
        for (std::size_t c = 0; c < n; ++c) {
            wrapped[c] = lines_of(c, c < cells.size() ? cells[c] : std::string(), header);
            height = std::max(height, wrapped[c].size());
        }
        for (std::size_t line_no = 0; line_no < height; ++line_no) {
            std::string line;
            for (std::size_t c = 0; c < n; ++c) {
                const std::string piece = line_no < wrapped[c].size() ? wrapped[c][line_no] : "";
                line.append(c > 0 ? static_cast<std::size_t>(k_gap) : 0, ' ');
                if (header && !piece.empty()) {
                    line += header_prefix + piece + header_suffix;
                    line.append(
                        static_cast<std::size_t>(std::max(0, widths[c] - display_width(piece))),
                        ' ');
                } else {
                    line += pad_right(piece, widths[c]);
                }
            }
            rstrip(line);
            out += line + '\n';
        }
    }
};

} // namespace

std::string render_table(const std::vector<TableColumn>& columns,
                         const std::vector<std::vector<std::string>>& rows, int width,
                         const std::string& header_prefix, const std::string& header_suffix) {
    Table table{columns, column_widths(columns, rows, width), header_prefix, header_suffix, {}};
    std::vector<std::string> headers;
    for (const auto& col : columns) {
        headers.push_back(col.header);
    }
    table.row(headers, true);
    for (const auto& row : rows) {
        table.row(row, false);
    }
    return table.out;
}

} // namespace llmpath::util
