#pragma once

#include <string>
#include <string_view>

namespace llmpath::cli {

/// Shows `text` through `command` (run by /bin/sh, as git runs its pager), with LESS=FRX unless
/// LESS is set, so that less quits at once on a short text and keeps colour; waits for it.
/// False when the pager could not be started: the caller then writes the text itself.
bool show_in_pager(const std::string& command, std::string_view text);

} // namespace llmpath::cli
