{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partnerships">{{_:x-t=Partnerships}}</a> › <a href="/partnerships/{{ID:u}}">{{NAME}}</a></p>
<h1>{{_:x-t=Budget}}</h1>
<p>{{_:x-t=Total budget}} <strong id="budget-total">{{TOTAL}}</strong> · <a href="/partnerships/{{ID:u}}/budget.csv">CSV</a> · <a href="/partnerships/{{ID:u}}/budget.xlsx">XLSX</a> · <a href="/partnerships/{{ID:u}}/budget/amendments/new">{{_:x-t=Propose an amendment}}</a></p>
{{>FORM_ERRORS}}
<h2 id="years-heading">{{_:x-t=Budget by fiscal year}}</h2>
{{>YEAR_CHART}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Budget by fiscal year and category}}</caption>
<thead><tr><th scope="col">{{_:x-t=Fiscal year}}</th>{{#CATEGORY_HEADING}}<th scope="col" class="num">{{CATEGORY}}</th>{{/CATEGORY_HEADING}}<th scope="col" class="num">{{_:x-t=Total}}</th></tr></thead>
<tbody>{{#YEAR_ROW}}<tr><th scope="row">{{YEAR}}</th>{{#CELL}}<td class="num">{{AMOUNT}}</td>{{/CELL}}<td class="num">{{YEAR_TOTAL}}</td></tr>{{/YEAR_ROW}}</tbody>
<tfoot><tr><th scope="row">{{_:x-t=Total}}</th>{{#CATEGORY_TOTAL}}<td class="num">{{AMOUNT}}</td>{{/CATEGORY_TOTAL}}<td class="num">{{TOTAL}}</td></tr></tfoot></table></div>
<h2>{{_:x-t=Budget lines}}</h2>
{{#NO_LINES}}<p>{{_:x-t=No budget line yet.}}</p>{{/NO_LINES}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Budget lines}}</caption>
<thead><tr><th scope="col">{{_:x-t=Fiscal year}}</th><th scope="col">{{_:x-t=Category}}</th><th scope="col">{{_:x-t=Description}}</th><th scope="col" class="num">{{_:x-t=Amount}}</th><th scope="col">{{_:x-t=Change}}</th></tr></thead>
<tbody>{{#LINE}}<tr><td>{{YEAR}}</td><td>{{CATEGORY}}</td><td>{{DESCRIPTION}}</td><td class="num">{{AMOUNT}}</td><td><a href="/partnerships/{{ID:u}}/budget/amendments/new?line={{LINE_ID:u}}">{{_:x-t=Propose a change}}</a></td></tr>{{/LINE}}</tbody></table></div>
{{#OFFICER}}<h2>{{_:x-t=Add a budget line}}</h2>
<form method="post" action="/partnerships/{{ID:u}}/budget/lines" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="fiscal_year">{{_:x-t=Fiscal year}}</label>
    <select id="fiscal_year" name="fiscal_year"{{#INVALID_fiscal_year}} aria-invalid="true"{{/INVALID_fiscal_year}}>{{#YEAR_OPTION}}<option value="{{YEAR}}"{{#SELECTED}} selected{{/SELECTED}}>{{YEAR}}</option>{{/YEAR_OPTION}}</select>
    {{#INVALID_fiscal_year}}<p class="field-error">{{ERROR_fiscal_year}}</p>{{/INVALID_fiscal_year}}
  </div>
  <div class="field">
    <label for="category">{{_:x-t=Category}}</label>
    <select id="category" name="category"{{#INVALID_category}} aria-invalid="true"{{/INVALID_category}}>{{#CATEGORY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CATEGORY_OPTION}}</select>
    {{#INVALID_category}}<p class="field-error">{{ERROR_category}}</p>{{/INVALID_category}}
  </div>
  <div class="field">
    <label for="description">{{_:x-t=Description}}</label>
    <input id="description" name="description" type="text" maxlength="300" value="{{FIELD_description}}"{{#INVALID_description}} aria-invalid="true"{{/INVALID_description}}>
    {{#INVALID_description}}<p class="field-error">{{ERROR_description}}</p>{{/INVALID_description}}
  </div>
  <div class="field">
    <label for="amount">{{_:x-t=Amount in Canadian dollars}}</label>
    <input id="amount" name="amount" type="text" inputmode="decimal" maxlength="20" value="{{FIELD_amount}}" aria-describedby="amount-hint"{{#INVALID_amount}} aria-invalid="true"{{/INVALID_amount}}>
    <p class="hint" id="amount-hint">{{_:x-t=Dollars and cents with a point, such as 1234.56.}}</p>
    {{#INVALID_amount}}<p class="field-error">{{ERROR_amount}}</p>{{/INVALID_amount}}
  </div>
  <button type="submit" class="button">{{_:x-t=Add the line}}</button>
</form>{{/OFFICER}}
<h2>{{_:x-t=Amendments}}</h2>
<p><a href="/partnerships/{{ID:u}}/amendments.csv">CSV</a> · <a href="/partnerships/{{ID:u}}/amendments.xlsx">XLSX</a></p>
{{#NO_AMENDMENTS}}<p>{{_:x-t=No amendment yet.}}</p>{{/NO_AMENDMENTS}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Amendments, newest first}}</caption>
<thead><tr><th scope="col">{{_:x-t=Proposed}}</th><th scope="col">{{_:x-t=Line}}</th><th scope="col">{{_:x-t=Change}}</th><th scope="col">{{_:x-t=Reason}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col">{{_:x-t=Decided}}</th></tr></thead>
<tbody>{{#AMENDMENT}}<tr><td>{{PROPOSED}}</td><td>{{LINE}}</td><td class="num">{{CHANGE}}</td><td>{{REASON}}</td><td>{{STATUS}}</td><td>{{DECIDED}}{{#DECIDE}}<form method="post" action="/partnerships/{{ID:u}}/budget/amendments/{{AMENDMENT_ID:u}}/decision" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" name="decision" value="approve" class="button">{{_:x-t=Approve}}</button> <button type="submit" name="decision" value="reject" class="button secondary">{{_:x-t=Reject}}</button></form>{{/DECIDE}}</td></tr>{{/AMENDMENT}}</tbody></table></div>
