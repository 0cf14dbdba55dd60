/// The fixed parts of the compare page: its style sheet, its legend, the
/// script behind its filters, and the marks of statuses and scopes.
enum CompareHTMLPage {
    /// ⚡ conflict, ≠ differ, ◌ gap, ✓ agree: a status told apart without
    /// colour.
    static func mark(_ status: RowStatus) -> String {
        switch status {
        case .conflict: return "⚡"
        case .differ: return "≠"
        case .gap: return "◌"
        case .agree: return "✓"
        }
    }

    /// What narrows a position, short: "under 16 (ex-pupils) · personal-account
    /// · unless with-approval".
    static func scope(_ position: Position) -> String {
        var parts: [String] = []
        if let age = position.age { parts.append("\(age.comparator.rawValue) \(age.years) (\(age.appliesTo.rawValue))") }
        if !position.context.isEmpty { parts.append(position.context.map(\.rawValue).joined(separator: ", ")) }
        if !position.exceptions.isEmpty { parts.append("unless " + position.exceptions.map(\.rawValue).joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    static let legend = """
        <section class="legend" aria-label="Legend">
        <h2>How to read it</h2>
        <ul class="key">
        <li><span class="cell must"><span class="sym">▲</span> must</span></li>
        <li><span class="cell should"><span class="sym">△</span> should</span></li>
        <li><span class="cell may"><span class="sym">○</span> may</span></li>
        <li><span class="cell should-not"><span class="sym">▽</span> should not</span></li>
        <li><span class="cell must-not"><span class="sym">▼</span> must not</span></li>
        <li><span class="gap"><span class="sym">·</span> says nothing</span></li>
        </ul>
        <ul class="key statuses">
        <li><span class="status conflict">⚡ conflict</span> a school forbids what another requires or permits; its cell is marked ⚡</li>
        <li><span class="status differ">≠ differ</span> the schools say it more or less strictly; ★ marks the strictest</li>
        <li><span class="status gap">◌ gap</span> some schools say nothing</li>
        <li><span class="status agree">✓ agree</span> every school says the same</li>
        </ul>
        <p>Open a cell to read each school's sentence and its line in the policy.</p>
        </section>

        """

    static let script = """
        (function () {
          var form = document.getElementById("filters");
          var rows = document.querySelectorAll("table.matrix tbody tr");
          var shown = document.getElementById("shown");
          function apply() {
            var wanted = {};
            form.querySelectorAll("input[name=status]").forEach(function (box) { wanted[box.value] = box.checked; });
            var subject = form.elements.subject.value, count = 0;
            rows.forEach(function (row) {
              var keep = row.dataset.findings.split(" ").some(function (status) { return wanted[status]; })
                && (!subject || row.dataset.subject === subject);
              row.hidden = !keep;
              if (keep) count += 1;
            });
            shown.textContent = count + " of " + rows.length + " topics shown";
          }
          form.hidden = false;
          form.addEventListener("change", apply);
          apply();
        })();

        """

    static let style = """
        :root { --must: #1d4f91; --should: #d4e3f6; --may: #d8efd3; --should-not: #fbe0c3; --must-not: #a4231c; }
        * { box-sizing: border-box; }
        body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 1rem 1.25rem; color: #1b1b1b; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
        .headline { font-size: 1.05rem; font-weight: 600; margin: .2rem 0 .6rem; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #c8c8c8; padding: 4px 6px; vertical-align: top; text-align: left; }
        .wide { overflow-x: auto; max-width: 100%; }
        table.documents { min-width: 40em; }
        table.documents td:nth-child(n+3):nth-child(-n+6) { text-align: right; }
        p.unread { margin: .3rem 0 0; color: #555; }
        section.conflicts h3 { font-size: .95rem; margin: .6rem 0 .2rem; }
        section.conflicts ul { margin: 0; padding-left: 1.2rem; }
        section.conflicts li { overflow-wrap: anywhere; margin: .15rem 0; }
        details.summary > summary { cursor: pointer; }
        details.summary > summary h2 { display: inline; }
        .legend { border: 1px solid #ddd; border-radius: 6px; padding: .2rem .8rem .5rem; background: #fafafa; }
        .legend h2 { margin-top: .4rem; }
        .key { list-style: none; padding: 0; margin: .3rem 0; display: flex; flex-wrap: wrap; gap: .35rem .9rem; }
        .key .cell, .key .gap { display: inline-block; padding: 1px 8px; border: 1px solid #c8c8c8; border-radius: 3px; }
        .key.statuses li { flex: 1 1 18rem; }
        .legend p { margin: .3rem 0 0; }
        .sym { font-family: "DejaVu Sans", "Segoe UI Symbol", sans-serif; }
        .cell.must { background: var(--must); color: #fff; }
        .cell.should { background: var(--should); }
        .cell.may { background: var(--may); }
        .cell.should-not { background: var(--should-not); }
        .cell.must-not { background: var(--must-not); color: #fff; }
        td.gap, .key .gap { color: #888; background: #fff; }
        .status.conflict, tr.conflict td.status { background: #fde7e7; color: #8a1010; }
        .status.differ, tr.differ td.status { background: #fff4d6; color: #6b4a00; }
        .status.gap, tr.gap td.status { background: #f2f2f2; color: #444; }
        .status.agree, tr.agree td.status { background: #e8f5e9; color: #1b5e20; }
        span.status { display: inline-block; padding: 1px 8px; border-radius: 3px; font-weight: 600; margin-right: .3rem; }
        .filters { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem 1rem; margin: .8rem 0 .5rem; }
        .filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .2rem .8rem; }
        .filters legend { float: left; margin-right: .5rem; font-weight: 600; }
        .filters output { color: #555; }
        .scroller { overflow: auto; max-width: 100%; max-height: 80vh; border: 1px solid #c8c8c8; }
        table.matrix { width: 100%; border: 0; }
        table.matrix th, table.matrix td { border-color: #d4d4d4; }
        table.matrix thead th { position: sticky; top: 0; z-index: 2; background: #eef0f3; overflow-wrap: break-word; }
        table.matrix th.topic { position: sticky; left: 0; z-index: 1; background: #fff; font-weight: normal; min-width: 11em; max-width: 16em; }
        table.matrix thead th.topic { z-index: 3; background: #eef0f3; font-weight: bold; }
        table.matrix th.school { min-width: 6.5em; }
        table.matrix td.status, table.matrix th.status { position: sticky; right: 0; z-index: 1; min-width: 6.5em; }
        table.matrix thead th.status { z-index: 3; }
        tr.conflict th.topic { box-shadow: inset 5px 0 #c62828; }
        tr.differ th.topic { box-shadow: inset 5px 0 #e0a800; }
        td.cell, td.gap { min-width: 6.5em; overflow-wrap: anywhere; }
        td.gap .quiet { position: absolute; left: -9999px; }
        td.cell.conflicting { outline: 3px solid #ff3b30; outline-offset: -3px; }
        td.cell.strictest summary { font-weight: 700; }
        td.status strong { display: block; white-space: nowrap; }
        td.status small { display: block; color: #555; overflow-wrap: anywhere; }
        .flag { margin-right: .2em; }
        .scope, .more { display: block; font-size: .8em; opacity: .9; }
        td details summary { cursor: pointer; list-style: none; }
        td details summary::-webkit-details-marker { display: none; }
        td details[open] summary { margin-bottom: .3rem; }
        td details p { margin: .3rem 0 0; padding: .3rem; background: #fff; color: #1b1b1b; border-radius: 3px; min-width: 14em; }
        td details small { color: #555; }
        @media (max-width: 640px) {
          body { margin: .5rem; font-size: 13px; }
          table.matrix th.topic { min-width: 8em; max-width: 9em; }
          table.matrix td.status, table.matrix th.status { position: static; }
          td details p { min-width: 11em; }
        }
        @media print {
          @page { size: A4 landscape; margin: 8mm; }
          body { margin: 0; font-size: 7.5pt; }
          .filters, .legend p { display: none; }
          .scroller, .wide { overflow: visible; max-height: none; border: 0; }
          table.documents { min-width: 0; }
          table.matrix { table-layout: fixed; width: 100%; }
          table.matrix thead { display: table-header-group; }
          table.matrix th, table.matrix td { position: static; min-width: 0; padding: 2px 3px; }
          table.matrix th.topic { width: 15%; max-width: none; }
          table.matrix th.status { width: 8%; }
          tr { break-inside: avoid; }
          td details > p { display: none; }
          td, th, .cell, .status, span.status { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }

        """
}
