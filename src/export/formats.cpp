// The exports for other tools, by name: the same from plan, export and batch.
#include <llmpath/export.hpp>

namespace llmpath {

std::optional<std::string> render_export(const ExportPlan& plan, std::string_view format) {
    if (format == "ics") {
        return render_ics(plan);
    }
    if (format == "csv") {
        return render_csv(plan);
    }
    if (format == "checklist") {
        return render_checklist(plan);
    }
    return std::nullopt;
}

} // namespace llmpath
