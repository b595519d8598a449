// libFuzzer target: answers from --data-file JSON and -d KEY=VALUE strings are either accepted
// (and then replay identically) or rejected with an AnswerError, never a crash.
#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const llmpath::Catalog& catalog = llmpath::embedded_catalog();
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    llmpath::AnswerInput input;
    input.use_defaults = true;
    input.today = llmpath::Date{2026, 11, 30};
    if (data[0] % 2 == 0) {
        input.file_name = "fuzz.json";
        input.file_text = std::string(text);
    } else {
        // One -d argument per line.
        std::size_t start = 0;
        while (start <= text.size()) {
            const auto nl = text.find('\n', start);
            input.flags.emplace_back(
                text.substr(start, nl == std::string_view::npos ? nl : nl - start));
            if (nl == std::string_view::npos) {
                break;
            }
            start = nl + 1;
        }
    }
    try {
        const llmpath::Gathered gathered = llmpath::gather_answers(catalog, input);
        // Accepted answers must replay to the same answers through --data-file.
        llmpath::AnswerInput replay;
        replay.file_name = "replay.json";
        replay.file_text = llmpath::answers_to_json(catalog, gathered.answers);
        replay.use_defaults = true;
        replay.today = input.today;
        const llmpath::Gathered again = llmpath::gather_answers(catalog, replay);
        if (again.answers.items.size() != gathered.answers.items.size()) {
            __builtin_trap();
        }
        for (std::size_t i = 0; i < again.answers.items.size(); ++i) {
            if (again.answers.items[i].question != gathered.answers.items[i].question ||
                again.answers.items[i].value != gathered.answers.items[i].value) {
                __builtin_trap();
            }
        }
    } catch (const llmpath::AnswerError& e) {
        if (e.problems().empty()) {
            __builtin_trap();
        }
    }
    return 0;
}
