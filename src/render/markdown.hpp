#pragma once

// Markdown as the renderers write it: text made literal, link targets, headings, and a document
// that wraps its lines (English at markdownlint's 80 columns; Chinese never, since a line break
// between two Chinese characters shows as a space).

#include <llmpath/catalog.hpp>

#include <string>
#include <string_view>

namespace llmpath::markdown {

/// "Official" / "官方文档".
const char* resource_type_label(ResourceType t, std::string_view lang);
/// Catalogue text made literal in Markdown: characters with inline meaning are escaped, and
/// "://" loses its autolink so that MD034 (no bare URLs) holds.
std::string escape(std::string_view raw);
/// A link target: characters that would end or break the destination are percent-encoded.
std::string url(std::string_view raw);
/// Heading text: escaped, without the trailing punctuation MD026 rejects.
std::string heading_text(std::string_view raw);

class Doc {
  public:
    /// `lang` decides the wrapping: Chinese lines are not wrapped.
    explicit Doc(std::string_view lang);
    void blank();
    /// A line, spaced() (render_common.hpp), without trailing spaces.
    void raw(std::string_view line);
    void heading(int level, const std::string& title);
    /// Lines written as they are (a fenced block), after a blank line.
    void block(std::string_view text);
    /// Wraps `body` after `prefix` (first line) or `indent` (the others), and ends the last line
    /// with `tail`. Neither `prefix` nor `tail` is ever broken, so emphasis markers and link
    /// brackets in them stay next to their text. A line that would start a block (list item,
    /// heading underline, ordered list) has its first character escaped.
    void wrapped(const std::string& prefix, const std::string& body, const std::string& indent,
                 const std::string& tail = "");
    std::string take();

  private:
    /// A line as it is, but for trailing spaces.
    void verbatim(std::string_view line);
    static std::string guard(const std::string& line);
    int m_width;
    std::string m_out;
};

} // namespace llmpath::markdown
