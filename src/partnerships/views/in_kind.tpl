{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partnerships">{{_:x-t=Partnerships}}</a> › <a href="/partnerships/{{ID:u}}">{{NAME}}</a></p>
<h1>{{_:x-t=In-kind contributions}}</h1>
<p>{{_:x-t=Approved in-kind contributions}} <strong id="in-kind-total">{{TOTAL}}</strong> · {{_:x-t=Waiting for review}} <strong id="in-kind-waiting">{{WAITING}}</strong></p>
<p>{{_:x-t=Exports}}: <a href="/partnerships/{{ID:u}}/in-kind.csv">CSV</a> · <a href="/partnerships/{{ID:u}}/in-kind.xlsx">XLSX</a></p>
{{>FORM_ERRORS}}
<h2>{{_:x-t=Approved contributions by fiscal year}}</h2>
{{>YEAR_CHART}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Approved contributions by fiscal year}}</caption>
<thead><tr><th scope="col">{{_:x-t=Fiscal year}}</th><th scope="col" class="num">{{_:x-t=Value}}</th></tr></thead>
<tbody>{{#YEAR_ROW}}<tr><th scope="row">{{YEAR}}</th><td class="num">{{AMOUNT}}</td></tr>{{/YEAR_ROW}}</tbody>
<tfoot><tr><th scope="row">{{_:x-t=Total}}</th><td class="num">{{TOTAL}}</td></tr></tfoot></table></div>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Approved contributions by kind}}</caption>
<thead><tr><th scope="col">{{_:x-t=Kind}}</th><th scope="col" class="num">{{_:x-t=Value}}</th></tr></thead>
<tbody>{{#KIND_ROW}}<tr><th scope="row">{{KIND}}</th><td class="num">{{AMOUNT}}</td></tr>{{/KIND_ROW}}</tbody></table></div>
<h2>{{_:x-t=Contributions}}</h2>
{{#NO_CONTRIBUTIONS}}<p>{{_:x-t=No contribution yet.}}</p>{{/NO_CONTRIBUTIONS}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Contributions of the Canadian municipalities}}</caption>
<thead><tr><th scope="col">{{_:x-t=Entry}}</th><th scope="col">{{_:x-t=Date}}</th><th scope="col">{{_:x-t=Municipality}}</th><th scope="col">{{_:x-t=Kind}}</th><th scope="col">{{_:x-t=Description}}</th><th scope="col" class="num">{{_:x-t=Value}}</th><th scope="col">{{_:x-t=Evidence}}</th><th scope="col">{{_:x-t=Status}}</th></tr></thead>
<tbody>{{#CONTRIBUTION}}<tr><td>{{ENTRY_ID}}</td><td>{{DATE}}</td><td>{{MUNICIPALITY}}</td><td>{{KIND}}</td><td>{{DESCRIPTION}}{{#STAFF_TIME}}<br><small>{{TIME}}</small>{{/STAFF_TIME}}{{#FOREIGN}}<br><small>{{PAID}}</small>{{/FOREIGN}}<br><small>{{ENTERED_BY}}</small></td><td class="num">{{AMOUNT}}</td><td>{{#EVIDENCE}}<a href="/partnerships/{{ID:u}}/in-kind/{{ENTRY_ID:u}}/evidence">{{EVIDENCE_NAME}}</a>{{/EVIDENCE}}</td><td>{{>ENTRY_ACTIONS}}</td></tr>{{/CONTRIBUTION}}</tbody></table></div>
<h2 id="entry-form">{{FORM_HEADING}}</h2>
<form method="post" action="/partnerships/{{ID:u}}/in-kind{{#CHANGING}}/{{CHANGE_ID:u}}{{/CHANGING}}" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="municipality">{{_:x-t=Municipality}}</label>
    <select id="municipality" name="municipality"{{#INVALID_municipality}} aria-invalid="true"{{/INVALID_municipality}}>{{#MUNICIPALITY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/MUNICIPALITY_OPTION}}</select>
    {{#INVALID_municipality}}<p class="field-error">{{ERROR_municipality}}</p>{{/INVALID_municipality}}
  </div>
  <div class="field">
    <label for="kind">{{_:x-t=Kind}}</label>
    <select id="kind" name="kind"{{#INVALID_kind}} aria-invalid="true"{{/INVALID_kind}}>{{#KIND_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/KIND_OPTION}}</select>
    {{#INVALID_kind}}<p class="field-error">{{ERROR_kind}}</p>{{/INVALID_kind}}
  </div>
  <div class="field">
    <label for="date">{{_:x-t=Date}}</label>
    <input id="date" name="date" type="date" value="{{FIELD_date}}"{{#INVALID_date}} aria-invalid="true"{{/INVALID_date}}>
    {{#INVALID_date}}<p class="field-error">{{ERROR_date}}</p>{{/INVALID_date}}
  </div>
  <div class="field">
    <label for="description">{{_:x-t=Description}}</label>
    <input id="description" name="description" type="text" maxlength="300" value="{{FIELD_description}}"{{#INVALID_description}} aria-invalid="true"{{/INVALID_description}}>
    {{#INVALID_description}}<p class="field-error">{{ERROR_description}}</p>{{/INVALID_description}}
  </div>
  <fieldset>
    <legend>{{_:x-t=Staff time}}</legend>
    <div class="field">
      <label for="person">{{_:x-t=Person}}</label>
      <input id="person" name="person" type="text" maxlength="200" value="{{FIELD_person}}"{{#INVALID_person}} aria-invalid="true"{{/INVALID_person}}>
      {{#INVALID_person}}<p class="field-error">{{ERROR_person}}</p>{{/INVALID_person}}
    </div>
    <div class="field">
      <label for="role">{{_:x-t=Role}}</label>
      <select id="role" name="role"{{#INVALID_role}} aria-invalid="true"{{/INVALID_role}}>{{#ROLE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ROLE_OPTION}}</select>
      {{#INVALID_role}}<p class="field-error">{{ERROR_role}}</p>{{/INVALID_role}}
    </div>
    <div class="field">
      <label for="hours">{{_:x-t=Hours}}</label>
      <input id="hours" name="hours" type="text" inputmode="decimal" maxlength="10" value="{{FIELD_hours}}" aria-describedby="hours-hint"{{#INVALID_hours}} aria-invalid="true"{{/INVALID_hours}}>
      <p class="hint" id="hours-hint">{{_:x-t=Quarter hours are .25, .5 and .75; the hourly rate of the role on that date gives the value.}}</p>
      {{#INVALID_hours}}<p class="field-error">{{ERROR_hours}}</p>{{/INVALID_hours}}
    </div>
  </fieldset>
  <div class="field">
    <label for="currency">{{_:x-t=Currency paid in (travel)}}</label>
    <select id="currency" name="currency"{{#INVALID_currency}} aria-invalid="true"{{/INVALID_currency}}>{{#CURRENCY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CURRENCY_OPTION}}</select>
    {{#INVALID_currency}}<p class="field-error">{{ERROR_currency}}</p>{{/INVALID_currency}}
  </div>
  <div class="field">
    <label for="amount">{{_:x-t=Amount paid (travel) or value in Canadian dollars (goods and services)}}</label>
    <input id="amount" name="amount" type="text" inputmode="decimal" maxlength="20" value="{{FIELD_amount}}" aria-describedby="amount-hint"{{#INVALID_amount}} aria-invalid="true"{{/INVALID_amount}}>
    <p class="hint" id="amount-hint">{{_:x-t=Travel paid in another currency is converted at the exchange rate in effect on its date, like an expense; francs, riels and dong have no decimals.}}</p>
    {{#INVALID_amount}}<p class="field-error">{{ERROR_amount}}</p>{{/INVALID_amount}}
  </div>
  <div class="field">
    <label for="file">{{_:x-t=Evidence}}</label>
    <input id="file" name="file" type="file" accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png" aria-describedby="file-hint"{{#INVALID_file}} aria-invalid="true"{{/INVALID_file}}>
    <p class="hint" id="file-hint">{{_:x-t=A timesheet, ticket or invoice (PDF, Word, Excel, JPEG or PNG, 10 MB at most).}}</p>
    {{#INVALID_file}}<p class="field-error">{{ERROR_file}}</p>{{/INVALID_file}}
  </div>
  <button type="submit" class="button">{{FORM_BUTTON}}</button>
</form>
