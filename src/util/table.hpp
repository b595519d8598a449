#pragma once

#include <string>
#include <vector>

namespace llmpath::util {

struct TableColumn {
    std::string header;
    bool flexible = false; ///< may be narrowed (its cells wrap) to fit the total width
    /// When set, a cell is a list of items separated by k_item_separator, shown joined by this
    /// and broken only between items.
    std::string item_separator = {};
};

/// Renders rows under a header with two spaces between columns, cells padded by display width
/// (CJK counts two). If the natural width exceeds `width`, flexible columns share what is left
/// (at least 12 columns each, and never less than their widest word, the widest column giving
/// way first) and wrap: the table is no wider than `width` unless its words cannot fit.
/// `header_prefix`/`header_suffix` wrap each header cell (e.g. bold escape codes); they take no
/// columns. Lines carry no trailing spaces.
std::string render_table(const std::vector<TableColumn>& columns,
                         const std::vector<std::vector<std::string>>& rows, int width,
                         const std::string& header_prefix = "",
                         const std::string& header_suffix = "");

} // namespace llmpath::util
