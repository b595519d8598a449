#pragma once

#include <string>
#include <string_view>

namespace llmpath::util {

/// Writes `content` to `path` atomically: a temporary file in the same folder, fsync, rename.
/// With overwrite false an existing `path` is an error (checked before and raced safely with
/// link(2)). Throws std::system_error whose what() names the path and the OS reason; on any
/// failure the temporary file is removed and `path` is untouched.
void write_file_atomically(const std::string& path, std::string_view content, bool overwrite);

/// Replaces `path` with `content` so that a crash at any moment leaves either the old file or the
/// new one, never a mix: a temporary file in the same folder (mode 0600), fsync, the old file
/// kept as `backup` (a hard link, or a copy where links are not possible), rename, and an fsync
/// of the folder so that the rename itself is on disk. Throws std::system_error naming the path.
void replace_file(const std::string& path, std::string_view content, const std::string& backup);

/// Removes temporary files still open by write_file_atomically (call from a signal handler path).
void remove_pending_temp_files() noexcept;

} // namespace llmpath::util
