{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage">{{_:x-t=Manage site}}</a> › <a href="/partnerships">{{_:x-t=Partnerships}}</a></p>
<h1>{{_:x-t=Program envelope}}</h1>
<p>{{_:x-t=The cash the funder provides and the in-kind contribution municipalities commit, by fiscal year, against the budget lines of partnerships under way (proposed partnerships are left out), and the approved spending and in-kind contributions.}} <a href="/manage/envelope.csv">CSV</a> · <a href="/manage/envelope.xlsx">XLSX</a> · <a href="/manage/envelope/dashboard">{{_:x-t=Dashboard by country and programming area}}</a></p>
{{#WARNING}}<p class="status-overdue" id="over-envelope">{{TEXT}}</p>{{/WARNING}}
{{>FORM_ERRORS}}
<h2 id="envelope-heading">{{_:x-t=Cash envelope and budgets by fiscal year}}</h2>
{{#NO_YEARS}}<p>{{_:x-t=No envelope set yet.}}</p>{{/NO_YEARS}}
{{>ENVELOPE_CHART}}
<div class="table-scroll" tabindex="0"><table class="data-table" id="envelope"><caption>{{_:x-t=Envelope, budgets and approved spending by fiscal year, in Canadian dollars}}</caption>
<thead><tr><th scope="col">{{_:x-t=Fiscal year}}</th><th scope="col" class="num">{{_:x-t=Cash envelope}}</th><th scope="col" class="num">{{_:x-t=In-kind commitment}}</th><th scope="col" class="num">{{_:x-t=Budget lines}}</th><th scope="col" class="num">{{_:x-t=Cash remaining}}</th><th scope="col" class="num">{{_:x-t=Approved spending}}</th><th scope="col" class="num">{{_:x-t=Approved in kind}}</th></tr></thead>
<tbody>{{#YEAR_ROW}}<tr><th scope="row">{{YEAR}}</th><td class="num">{{CASH}}</td><td class="num">{{IN_KIND}}</td><td class="num">{{BUDGETED}}</td><td class="num">{{REMAINING}}{{#OVER}} <span class="status-overdue">{{_:x-t=over the envelope}}</span>{{/OVER}}</td><td class="num">{{SPENT}}{{#OVERSPENT}} <span class="status-overdue">{{_:x-t=over the envelope}}</span>{{/OVERSPENT}}</td><td class="num">{{CONTRIBUTED}}{{#OVER_IN_KIND}} <span class="status-overdue">{{_:x-t=over the in-kind commitment}}</span>{{/OVER_IN_KIND}}</td></tr>{{/YEAR_ROW}}</tbody>
<tfoot><tr><th scope="row">{{_:x-t=Total}}</th><td class="num" id="cash-total">{{CASH_TOTAL}}</td><td class="num" id="in-kind-total">{{IN_KIND_TOTAL}}</td><td class="num">{{BUDGETED_TOTAL}}</td><td class="num">{{REMAINING_TOTAL}}</td><td class="num" id="spent-total">{{SPENT_TOTAL}}</td><td class="num" id="contributed-total">{{CONTRIBUTED_TOTAL}}</td></tr></tfoot></table></div>
<h2>{{_:x-t=Set the envelope}}</h2>
<form method="post" action="/manage/envelope" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <p class="hint">{{_:x-t=One fiscal year per row, written 2026-27, with amounts in dollars and cents such as 3200000.00. Empty rows are ignored; clearing a row removes its year.}}</p>
  {{#INVALID_years}}<p class="field-error" id="years">{{ERROR_years}}</p>{{/INVALID_years}}
  {{#FORM_ROW}}<fieldset><legend>{{_:x-t=Row}} {{N}}</legend>
    <div class="field"><label for="fiscal_year_{{N}}">{{_:x-t=Fiscal year}}</label>
      <input id="fiscal_year_{{N}}" name="fiscal_year_{{N}}" type="text" maxlength="7" value="{{FISCAL_YEAR}}"{{#INVALID_FISCAL_YEAR}} aria-invalid="true"{{/INVALID_FISCAL_YEAR}}>
      {{#INVALID_FISCAL_YEAR}}<p class="field-error">{{ERROR_FISCAL_YEAR}}</p>{{/INVALID_FISCAL_YEAR}}</div>
    <div class="field"><label for="cash_{{N}}">{{_:x-t=Cash envelope}}</label>
      <input id="cash_{{N}}" name="cash_{{N}}" type="text" inputmode="decimal" maxlength="20" value="{{CASH}}"{{#INVALID_CASH}} aria-invalid="true"{{/INVALID_CASH}}>
      {{#INVALID_CASH}}<p class="field-error">{{ERROR_CASH}}</p>{{/INVALID_CASH}}</div>
    <div class="field"><label for="in_kind_{{N}}">{{_:x-t=In-kind commitment}}</label>
      <input id="in_kind_{{N}}" name="in_kind_{{N}}" type="text" inputmode="decimal" maxlength="20" value="{{IN_KIND}}"{{#INVALID_IN_KIND}} aria-invalid="true"{{/INVALID_IN_KIND}}>
      {{#INVALID_IN_KIND}}<p class="field-error">{{ERROR_IN_KIND}}</p>{{/INVALID_IN_KIND}}</div>
  </fieldset>{{/FORM_ROW}}
  <button type="submit" class="button">{{_:x-t=Save the envelope}}</button>
</form>
