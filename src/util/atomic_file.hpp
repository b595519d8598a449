#pragma once

#include <string>
#include <string_view>

namespace llmpath::util {

/// Writes `content` to `path` atomically: a temporary file in the same folder, fsync (unless
/// `sync` is false: many files then share one sync_file_system), rename. With overwrite false an
/// existing `path` is an error (checked before and raced safely with link(2)); with overwrite
/// only a regular file is replaced (never a device, FIFO, socket or symbolic link: EPERM). Throws
/// std::system_error whose what() names the path and the OS reason; on any failure the temporary
/// file is removed and `path` is untouched. Safe to call from several threads at once.
void write_file_atomically(const std::string& path, std::string_view content, bool overwrite,
                           bool sync = true);

/// Writes `content` as `name` in the open folder `folder_fd` (called `folder` in messages)
/// atomically, without fsync: a hidden temporary file, then one rename that, unless `overwrite`,
/// refuses to replace a file. Throws std::system_error (EEXIST when the file exists); on failure
/// nothing is left behind. Safe to call from several threads at once.
void write_file_in(int folder_fd, const std::string& folder, const std::string& name,
                   std::string_view content, bool overwrite);

/// Removes from the open folder `folder_fd` the hidden temporary files write_file_in left when
/// its process was killed (named ".NAME.tmp-PID-N", of a PID that no longer runs).
void remove_stale_temp_files(int folder_fd);

/// Flushes to disk everything written to the file system that holds `folder` (syncfs(2)), and
/// the folder itself.
void sync_file_system(const std::string& folder);

/// Replaces `path` with `content` so that a crash at any moment leaves either the old file or the
/// new one, never a mix: a temporary file in the same folder (mode 0600), fsync, the old file
/// kept as `backup` (a hard link, or a copy where links are not possible), rename, and an fsync
/// of the folder so that the rename itself is on disk. Throws std::system_error naming the path;
/// `path` must be a regular file or missing, and the backup is only ever replaced by a whole
/// copy of the old file.
void replace_file(const std::string& path, std::string_view content, const std::string& backup);

/// Removes temporary files still open by write_file_atomically (call from a signal handler path).
void remove_pending_temp_files() noexcept;

} // namespace llmpath::util
