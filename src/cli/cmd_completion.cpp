// `llmpath completion bash|zsh|fish`: the scripts, which ask `llmpath __complete` for candidates.
#include "cli/completion.hpp"

namespace llmpath::cli {

namespace {

constexpr const char* k_bash = R"(# bash completion for llmpath (from: llmpath completion bash)
_llmpath() {
    # The words as llmpath sees them: split at spaces only, not at '=' or ':' as bash does.
    local line=${COMP_LINE:0:COMP_POINT}
    local -a words
    read -r -a words <<< "${line#* }"
    [[ $line == *' ' || ${#words[@]} -eq 0 ]] && words+=("")
    local last=${words[-1]}
    # bash replaces only the part after its last word break ('=' in "-d background=ba").
    local cur=${last##*[=:]}
    local IFS=$'\n'
    local -a candidates
    candidates=($(command llmpath __complete -- "${words[@]}" 2>/dev/null))
    if [[ ${candidates[0]} == ":files" ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
        return
    fi
    # bash completes the part after its own word break ('=' in "-d background=ba").
    local before=${last%"$cur"}
    COMPREPLY=()
    local c
    for c in "${candidates[@]}"; do
        COMPREPLY+=("${c#"$before"}")
    done
    [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]] && compopt -o nospace
}
complete -o default -F _llmpath llmpath
)";

constexpr const char* k_zsh = R"(#compdef llmpath
# zsh completion for llmpath (from: llmpath completion zsh)
_llmpath() {
    local -a candidates with_space without_space
    candidates=("${(@f)$(command llmpath __complete -- "${(@)words[2,CURRENT]}" 2>/dev/null)}")
    if [[ ${candidates[1]} == ":files" ]]; then
        _files
        return
    fi
    local c
    for c in "${candidates[@]}"; do
        [[ -z $c ]] && continue
        if [[ $c == *= ]]; then without_space+=("$c"); else with_space+=("$c"); fi
    done
    (( ${#with_space} )) && compadd -Q -- "${with_space[@]}"
    (( ${#without_space} )) && compadd -Q -S '' -- "${without_space[@]}"
    return 0
}
if [[ $funcstack[1] == _llmpath ]]; then
    _llmpath "$@"
else
    compdef _llmpath llmpath
fi
)";

constexpr const char* k_fish = R"(# fish completion for llmpath (from: llmpath completion fish)
function __llmpath_complete
    set -l words (commandline -opc) (commandline -ct)
    set -l candidates (command llmpath __complete -- $words[2..-1] 2>/dev/null)
    if test "$candidates[1]" = ":files"
        __fish_complete_path (commandline -ct)
    else
        printf '%s\n' $candidates
    end
end
complete -c llmpath -f -a '(__llmpath_complete)'
)";

} // namespace

std::string completion_script(const std::string& shell) {
    return shell == "bash" ? k_bash : shell == "zsh" ? k_zsh : k_fish;
}

void add_completion(CLI::App& command, Shared& shared) {
    auto shell = std::make_shared<std::string>();
    command.add_option("shell", *shell, "bash, zsh or fish")
        ->type_name("SHELL")
        ->required()
        ->check(CLI::IsMember({"bash", "zsh", "fish"}));
    command.callback([shell, &shared] {
        shared.action = [shell, &shared] {
            shared.io.out(completion_script(*shell));
            return 0;
        };
    });
}

} // namespace llmpath::cli
