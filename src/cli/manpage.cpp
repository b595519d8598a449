// llmpath(1), written from the parser: the same commands, options and examples as --help.
#include "cli/manpage.hpp"

#include <cstdint>
#include <cstdio>

#include "util/text.hpp"

namespace llmpath::cli {

namespace {

/// Text made literal in roff: backslashes and dashes escaped, a leading control character
/// neutralised, and every non-ASCII character written as \[uXXXX] (so groff needs no input
/// encoding).
std::string roff(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            if (text[i] == '\\') {
                out += "\\e";
            } else if (text[i] == '-') {
                out += "\\-";
            } else if ((text[i] == '.' || text[i] == '\'') && (out.empty() || out.back() == '\n')) {
                out += "\\&";
                out += text[i];
            } else {
                out += text[i];
            }
            ++i;
            continue;
        }
        const std::size_t length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        std::uint32_t cp = b & (0x7F >> length);
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        char code[16];
        std::snprintf(code, sizeof code, "\\[u%04X]", static_cast<unsigned>(cp));
        out += code;
        i += length;
    }
    return out;
}

/// Filled text as roff input lines of at most 79 bytes (man pages keep their source lines short),
/// none starting with a control character.
std::string filled(std::string_view text) {
    std::string out;
    for (auto line : util::wrap(roff(text), 79)) {
        if (!line.empty() && (line[0] == '.' || line[0] == '\'')) {
            line.insert(0, "\\&");
        }
        out += line + "\n";
    }
    return out;
}

/// CLI11's type name without the list of allowed values it appends ("FORMAT:{a,b}").
std::string type_of(const CLI::Option& option) {
    const std::string type = option.get_type_name();
    return type.substr(0, type.find(':'));
}

void write_option(std::string& out, const CLI::Option& option) {
    std::string names;
    for (const auto& s : option.get_snames()) {
        names += std::string(names.empty() ? "" : ", ") + "\\fB\\-" + roff(s) + "\\fR";
    }
    for (const auto& l : option.get_lnames()) {
        names += std::string(names.empty() ? "" : ", ") + "\\fB\\-\\-" + roff(l) + "\\fR";
    }
    if (option.get_positional()) {
        names =
            "\\fI" + roff(type_of(option).empty() ? option.get_name() : type_of(option)) + "\\fR";
    } else if (option.get_items_expected_max() > 0 && !type_of(option).empty()) {
        names += " \\fI" + roff(type_of(option)) + "\\fR";
    }
    out += ".TP\n" + names + "\n" + filled(option.get_description());
}

void write_examples(std::string& out, const std::string& examples) {
    if (examples.empty()) {
        return;
    }
    out += ".PP\nExamples:\n.PP\n.RS\n.nf\n" + roff(examples) + "\n.fi\n.RE\n";
}

void write_command(std::string& out, const CLI::App& command, const std::string& name,
                   const ManPage& page) {
    out += ".SS \"" + roff(name) + "\"\n" + filled(command.get_description());
    for (const CLI::Option* option : command.get_options()) {
        if (option != command.get_help_ptr()) {
            write_option(out, *option);
        }
    }
    if (auto it = page.examples.find(&command); it != page.examples.end()) {
        write_examples(out, it->second);
    }
    for (const CLI::App* sub : command.get_subcommands({})) {
        write_command(out, *sub, name + " " + sub->get_name(), page);
    }
}

void write_items(std::string& out, const char* section, std::span<const ManItem> items) {
    out += ".SH " + std::string(section) + "\n";
    for (const auto& item : items) {
        out += ".TP\n.B " + roff(item.name) + "\n" + filled(*item.meaning ? item.meaning : "-");
    }
}

} // namespace

std::string render_manpage(const ManPage& page) {
    const CLI::App& app = page.app;
    std::string out = ".TH LLMPATH 1 " + std::string(page.date) + " \"llmpath " +
                      roff(page.version) +
                      "\" \"User Commands\"\n"
                      ".nh\n" // no hyphenation: names such as LLMPATH_CATALOG stay whole
                      ".SH NAME\nllmpath \\- plan your move into LLM engineering\n"
                      ".SH SYNOPSIS\n.B llmpath\n[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR "
                      "[\\fIOPTIONS\\fR]\n.SH DESCRIPTION\n" +
                      filled(app.get_description());
    out += ".SH GLOBAL OPTIONS\n";
    for (const CLI::Option* option : app.get_options()) {
        if (option != app.get_help_ptr()) {
            write_option(out, *option);
        }
    }
    if (auto it = page.examples.find(&app); it != page.examples.end()) {
        write_examples(out, it->second);
    }
    out += ".SH COMMANDS\n";
    for (const CLI::App* command : app.get_subcommands({})) {
        if (!command->get_group().empty()) {
            write_command(out, *command, command->get_name(), page);
        }
    }
    write_items(out, "ENVIRONMENT", page.environment);
    out +=
        ".SH FILES\n.TP\n.I $LLMPATH_HOME/plan.json\n" +
        filled("The tracked plan; without LLMPATH_HOME it is $XDG_DATA_HOME/llmpath/plan.json, or "
               "~/.local/share/llmpath/plan.json. Beside it, plan.json.bak keeps the version "
               "before the last change, and plan.json.lock is held while a command changes it.");
    write_items(out, "EXIT STATUS", page.exit_codes);
    out += ".SH SEE ALSO\n" +
           filled("llmpath help COMMAND; the README and docs/ folder of the llmpath sources.");
    return out;
}

} // namespace llmpath::cli
