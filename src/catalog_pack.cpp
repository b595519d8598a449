#include <llmpath/catalog_pack.hpp>

#include <llmpath/error.hpp>

#include <cstdint>
#include <cstring>
#include <map>
#include <type_traits>

namespace llmpath {

namespace {

// Bumped whenever the layout below changes; a mismatch is an error, never a misread.
constexpr std::uint32_t k_magic = 0x4C4C4D50; // "LLMP"
constexpr std::uint32_t k_pack_version = 2;

// The layout: magic, version, the sizes of the structure and of the pools, the structure, then
// the characters of the texts in pools, one per language (plain strings first, then in the
// catalogue's language order). Unpacking views the pools in place, so a run reads only the pools
// of its language.
void append_u32(std::string& out, std::uint64_t v) {
    const auto x = static_cast<std::uint32_t>(v);
    char b[4];
    std::memcpy(b, &x, 4);
    out.append(b, 4);
}

class Writer {
public:
    explicit Writer(const std::vector<std::string>& languages) {
        m_pools.emplace_back(); // plain strings
        for (const auto& lang : languages) {
            pool_of(lang);
        }
    }

    std::string out;

    void u32(std::uint64_t v) { append_u32(out, v); }
    void i64(std::int64_t v) {
        char b[8];
        std::memcpy(b, &v, 8);
        out.append(b, 8);
    }
    void flag(bool v) { out += v ? '\1' : '\0'; }
    void str(std::string_view s) {
        u32(s.size());
        out += s;
    }
    void text(const Text& t) {
        ref(0, t.any);
        u32(t.by_lang.size());
        for (const auto& [lang, value] : t.by_lang) {
            str(lang);
            ref(pool_of(lang), value);
        }
    }
    /// The whole pack: the structure written so far, then the pools.
    std::string finish() {
        std::vector<std::size_t> base(m_pools.size());
        std::string pools;
        for (std::size_t i = 0; i < m_pools.size(); ++i) {
            base[i] = pools.size();
            pools += m_pools[i].chars;
        }
        for (const auto& [at, pool, offset] : m_refs) {
            const auto x = static_cast<std::uint32_t>(base[pool] + offset);
            std::memcpy(out.data() + at, &x, 4);
        }
        std::string pack;
        pack.reserve(8 + out.size() + pools.size());
        pack.append(out, 0, 8); // magic and version
        append_u32(pack, out.size() - 8);
        append_u32(pack, pools.size());
        pack.append(out, 8);
        pack += pools;
        return pack;
    }
    void strings(const std::vector<std::string>& v) {
        u32(v.size());
        for (const auto& s : v) {
            str(s);
        }
    }
    void texts(const std::vector<Text>& v) {
        u32(v.size());
        for (const auto& t : v) {
            text(t);
        }
    }
    void text_map(const std::map<std::string, Text>& m) {
        u32(m.size());
        for (const auto& [k, t] : m) {
            str(k);
            text(t);
        }
    }
    template <typename T, typename F> void opt(const std::optional<T>& o, F write) {
        flag(o.has_value());
        if (o) {
            write(*o);
        }
    }
    void condition(const Condition& c) {
        str(c.question);
        strings(c.in);
        opt(c.min, [&](std::int64_t v) { i64(v); });
        opt(c.max, [&](std::int64_t v) { i64(v); });
    }

private:
    struct Pool {
        std::string lang;
        std::string chars;
        std::map<std::string, std::size_t, std::less<>> offsets; // a text given twice is kept once
    };
    struct Ref {
        std::size_t at; // where its offset goes in `out`
        std::size_t pool;
        std::size_t offset; // in the pool
    };
    std::vector<Pool> m_pools;
    std::vector<Ref> m_refs;

    std::size_t pool_of(std::string_view lang) {
        for (std::size_t i = 1; i < m_pools.size(); ++i) {
            if (m_pools[i].lang == lang) {
                return i;
            }
        }
        m_pools.push_back({std::string(lang), {}, {}});
        return m_pools.size() - 1;
    }
    // Offset (patched in finish()) and size of `s` in a pool.
    void ref(std::size_t pool, std::string_view s) {
        Pool& p = m_pools[pool];
        auto it = p.offsets.find(s);
        if (it == p.offsets.end()) {
            it = p.offsets.emplace(std::string(s), p.chars.size()).first;
            p.chars += s;
        }
        m_refs.push_back({out.size(), pool, it->second});
        u32(0);
        u32(s.size());
    }
};

class Reader {
public:
    Reader(std::string_view bytes, const std::string& source) : m_in(bytes), m_source(source) {}

    [[noreturn]] void fail() const {
        throw CatalogError(m_source, {{"", 0, 0, "the packed catalogue is damaged at byte " +
                                                     std::to_string(m_pos)}});
    }
    void need(std::size_t n) const {
        if (n > m_in.size() - m_pos) {
            fail();
        }
    }
    std::uint32_t u32() {
        need(4);
        std::uint32_t v;
        std::memcpy(&v, m_in.data() + m_pos, 4);
        m_pos += 4;
        return v;
    }
    /// After the header: the structure's size, then the pools' size, which end the pack.
    void split_pools() {
        const std::size_t size = u32();
        const std::size_t pools = u32();
        need(size);
        if (m_in.size() - m_pos - size != pools) {
            fail();
        }
        m_pools = m_in.substr(m_pos + size);
        m_in = m_in.substr(0, m_pos + size);
    }
    /// A count of items each at least `min_size` bytes long: bounded by what is left.
    std::size_t count(std::size_t min_size = 1) {
        const std::size_t n = u32();
        if (n > (m_in.size() - m_pos) / min_size) {
            fail();
        }
        return n;
    }
    std::int64_t i64() {
        need(8);
        std::int64_t v;
        std::memcpy(&v, m_in.data() + m_pos, 8);
        m_pos += 8;
        return v;
    }
    bool flag() {
        need(1);
        return m_in[m_pos++] != '\0';
    }
    std::string_view view() {
        const std::size_t n = u32();
        need(n);
        const std::string_view s = m_in.substr(m_pos, n);
        m_pos += n;
        return s;
    }
    std::string str() { return std::string(view()); }
    // Characters in the pools, viewed in place.
    std::string_view ref() {
        const std::size_t offset = u32();
        const std::size_t size = u32();
        if (offset > m_pools.size() || size > m_pools.size() - offset) {
            fail();
        }
        return m_pools.substr(offset, size);
    }
    Text text() {
        Text t;
        t.any = ref();
        for (std::size_t n = count(12); n > 0; --n) {
            const std::string_view lang = view();
            t.by_lang.push_back({lang, ref()});
        }
        return t;
    }
    std::vector<std::string> strings() {
        std::vector<std::string> v(count(4));
        for (auto& s : v) {
            s = str();
        }
        return v;
    }
    std::vector<Text> texts() {
        std::vector<Text> v(count(8));
        for (auto& t : v) {
            t = text();
        }
        return v;
    }
    std::map<std::string, Text> text_map() {
        std::map<std::string, Text> m;
        for (std::size_t n = count(12); n > 0; --n) {
            std::string k = str();
            m.emplace_hint(m.end(), std::move(k), text());
        }
        return m;
    }
    std::optional<std::int64_t> opt_i64() {
        if (!flag()) {
            return std::nullopt;
        }
        return i64();
    }
    Condition condition() {
        Condition c;
        c.question = str();
        c.in = strings();
        c.min = opt_i64();
        c.max = opt_i64();
        return c;
    }
    bool done() const { return m_pos == m_in.size(); }

private:
    std::string_view m_in;
    std::string_view m_pools;
    std::size_t m_pos = 0;
    const std::string& m_source;
};

} // namespace

std::string pack_catalog(const Catalog& c) {
    Writer w(c.languages);
    w.u32(k_magic);
    w.u32(k_pack_version);
    w.u32(static_cast<std::uint32_t>(c.schema_version));
    w.str(c.id);
    w.str(c.version);
    w.strings(c.languages);
    w.text(c.title);
    w.text(c.description);
    w.u32(c.layers.size());
    for (const auto& l : c.layers) {
        w.str(l.id);
        w.text(l.name);
        w.text(l.short_name);
        w.text(l.description);
    }
    w.u32(c.directions.size());
    for (const auto& d : c.directions) {
        w.str(d.id);
        w.text(d.name);
        w.text(d.tagline);
        w.texts(d.keywords);
        w.text(d.suits);
        w.texts(d.work);
        w.text(d.verdict);
    }
    w.u32(c.phases.size());
    for (const auto& p : c.phases) {
        w.str(p.id);
        w.text(p.title);
        w.i64(p.start_day);
        w.i64(p.end_day);
        w.text(p.goal);
        w.text(p.checkpoint);
        w.text_map(p.direction_checkpoints);
    }
    w.u32(c.pitfalls.size());
    for (const auto& p : c.pitfalls) {
        w.str(p.id);
        w.text(p.title);
        w.text(p.summary);
        w.u32(p.lists.size());
        for (const auto& list : p.lists) {
            w.text(list.title);
            w.texts(list.items);
        }
        w.u32(p.flag_when.size());
        for (const auto& cond : p.flag_when) {
            w.condition(cond);
        }
        w.strings(p.tasks);
    }
    w.u32(c.skills.size());
    for (const auto& s : c.skills) {
        w.str(s.id);
        w.text(s.name);
    }
    w.u32(c.questions.size());
    for (const auto& q : c.questions) {
        w.str(q.id);
        w.u32(static_cast<std::uint32_t>(q.type));
        w.text(q.prompt);
        w.text(q.help);
        w.text(q.short_label);
        const DefaultValue& d = q.default_value;
        w.opt(d.choice, [&](const std::string& s) { w.str(s); });
        w.opt(d.choices, [&](const std::vector<std::string>& v) { w.strings(v); });
        w.opt(d.integer, [&](std::int64_t v) { w.i64(v); });
        w.opt(d.boolean, [&](bool v) { w.flag(v); });
        w.opt(d.date, [&](const std::string& s) { w.str(s); });
        w.flag(d.today);
        w.opt(q.when, [&](const Condition& cond) { w.condition(cond); });
        w.u32(q.choices.size());
        for (const auto& ch : q.choices) {
            w.str(ch.value);
            w.text(ch.label);
            w.u32(ch.weights.size());
            for (const auto& [direction, points] : ch.weights) {
                w.str(direction);
                w.i64(points);
            }
            w.text_map(ch.reasons);
            w.strings(ch.skills);
        }
        w.opt(q.min, [&](std::int64_t v) { w.i64(v); });
        w.opt(q.max, [&](std::int64_t v) { w.i64(v); });
        w.opt(q.min_selected, [&](int v) { w.i64(v); });
        w.opt(q.max_selected, [&](int v) { w.i64(v); });
        w.opt(q.pattern, [&](const std::string& s) { w.str(s); });
        w.opt(q.max_length, [&](int v) { w.i64(v); });
    }
    w.u32(c.tasks.size());
    for (const auto& t : c.tasks) {
        w.str(t.id);
        w.str(t.phase);
        w.strings(t.directions);
        w.text(t.title);
        w.text(t.summary);
        w.i64(t.hours);
        w.flag(t.core);
        w.flag(t.bridging);
        w.strings(t.prerequisites);
        w.text(t.deliverable);
        w.u32(t.resources.size());
        for (const auto& r : t.resources) {
            w.u32(static_cast<std::uint32_t>(r.type));
            w.text(r.title);
            w.str(r.url);
        }
        w.strings(t.skip_if_skills);
    }
    return w.finish();
}

Catalog unpack_catalog(std::string_view bytes, const std::string& source) {
    Reader r(bytes, source);
    if (r.u32() != k_magic || r.u32() != k_pack_version) {
        r.fail();
    }
    r.split_pools();
    const auto to_int = [&](std::int64_t v) {
        if (v < INT32_MIN || v > INT32_MAX) {
            r.fail();
        }
        return static_cast<int>(v);
    };
    Catalog c;
    c.schema_version = static_cast<int>(r.u32());
    c.id = r.str();
    c.version = r.str();
    c.languages = r.strings();
    c.title = r.text();
    c.description = r.text();
    c.layers.resize(r.count(12));
    for (auto& l : c.layers) {
        l.id = r.str();
        l.name = r.text();
        l.short_name = r.text();
        l.description = r.text();
    }
    c.directions.resize(r.count(12));
    for (auto& d : c.directions) {
        d.id = r.str();
        d.name = r.text();
        d.tagline = r.text();
        d.keywords = r.texts();
        d.suits = r.text();
        d.work = r.texts();
        d.verdict = r.text();
    }
    c.phases.resize(r.count(12));
    for (auto& p : c.phases) {
        p.id = r.str();
        p.title = r.text();
        p.start_day = to_int(r.i64());
        p.end_day = to_int(r.i64());
        p.goal = r.text();
        p.checkpoint = r.text();
        p.direction_checkpoints = r.text_map();
    }
    c.pitfalls.resize(r.count(12));
    for (auto& p : c.pitfalls) {
        p.id = r.str();
        p.title = r.text();
        p.summary = r.text();
        p.lists.resize(r.count(12));
        for (auto& list : p.lists) {
            list.title = r.text();
            list.items = r.texts();
        }
        p.flag_when.resize(r.count(10));
        for (auto& cond : p.flag_when) {
            cond = r.condition();
        }
        p.tasks = r.strings();
    }
    c.skills.resize(r.count(12));
    for (auto& s : c.skills) {
        s.id = r.str();
        s.name = r.text();
    }
    c.questions.resize(r.count(12));
    for (auto& q : c.questions) {
        q.id = r.str();
        const auto type = r.u32();
        if (type > static_cast<std::uint32_t>(QuestionType::text)) {
            r.fail();
        }
        q.type = static_cast<QuestionType>(type);
        q.prompt = r.text();
        q.help = r.text();
        q.short_label = r.text();
        DefaultValue& d = q.default_value;
        if (r.flag()) {
            d.choice = r.str();
        }
        if (r.flag()) {
            d.choices = r.strings();
        }
        d.integer = r.opt_i64();
        if (r.flag()) {
            d.boolean = r.flag();
        }
        if (r.flag()) {
            d.date = r.str();
        }
        d.today = r.flag();
        if (r.flag()) {
            q.when = r.condition();
        }
        q.choices.resize(r.count(12));
        for (auto& ch : q.choices) {
            ch.value = r.str();
            ch.label = r.text();
            for (std::size_t n = r.count(12); n > 0; --n) {
                std::string direction = r.str();
                ch.weights.emplace(std::move(direction), r.i64());
            }
            ch.reasons = r.text_map();
            ch.skills = r.strings();
        }
        q.min = r.opt_i64();
        q.max = r.opt_i64();
        if (auto v = r.opt_i64()) {
            q.min_selected = to_int(*v);
        }
        if (auto v = r.opt_i64()) {
            q.max_selected = to_int(*v);
        }
        if (r.flag()) {
            q.pattern = r.str();
        }
        if (auto v = r.opt_i64()) {
            q.max_length = to_int(*v);
        }
    }
    c.tasks.resize(r.count(12));
    for (auto& t : c.tasks) {
        t.id = r.str();
        t.phase = r.str();
        t.directions = r.strings();
        t.title = r.text();
        t.summary = r.text();
        t.hours = to_int(r.i64());
        t.core = r.flag();
        t.bridging = r.flag();
        t.prerequisites = r.strings();
        t.deliverable = r.text();
        t.resources.resize(r.count(12));
        for (auto& res : t.resources) {
            const auto type = r.u32();
            if (type > static_cast<std::uint32_t>(ResourceType::book)) {
                r.fail();
            }
            res.type = static_cast<ResourceType>(type);
            res.title = r.text();
            res.url = r.str();
        }
        t.skip_if_skills = r.strings();
    }
    if (!r.done()) {
        r.fail();
    }
    c.build_index();
    return c;
}

} // namespace llmpath
