{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partnerships">{{_:x-t=Partnerships}}</a> › <a href="/partnerships/{{ID:u}}">{{NAME}}</a></p>
<h1>{{_:x-t=Expenses}}</h1>
<p>{{_:x-t=Approved expenses}} <strong id="approved-total">{{APPROVED}}</strong> · {{_:x-t=Disbursed}} <strong id="disbursed-total">{{DISBURSED}}</strong> · {{_:x-t=Budget}} <a href="/partnerships/{{ID:u}}/budget">{{BUDGET}}</a></p>
<p>{{_:x-t=Exports}}: <a href="/partnerships/{{ID:u}}/expenses.csv">CSV</a> · <a href="/partnerships/{{ID:u}}/expenses.xlsx">XLSX</a></p>
{{>FORM_ERRORS}}
<h2>{{_:x-t=Approved expenses by fiscal year}}</h2>
{{>YEAR_CHART}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Budget, expenses and disbursements by fiscal year}}</caption>
<thead><tr><th scope="col">{{_:x-t=Fiscal year}}</th><th scope="col" class="num">{{_:x-t=Budget}}</th><th scope="col" class="num">{{_:x-t=Approved expenses}}</th><th scope="col" class="num">{{_:x-t=Waiting for review}}</th><th scope="col" class="num">{{_:x-t=Disbursed}}</th></tr></thead>
<tbody>{{#YEAR_ROW}}<tr><th scope="row">{{YEAR}}</th><td class="num">{{BUDGET}}</td><td class="num">{{APPROVED}}</td><td class="num">{{WAITING}}</td><td class="num">{{DISBURSED}}</td></tr>{{/YEAR_ROW}}</tbody>
<tfoot><tr><th scope="row">{{_:x-t=Total}}</th><td class="num">{{BUDGET}}</td><td class="num">{{APPROVED}}</td><td class="num">{{WAITING}}</td><td class="num">{{DISBURSED}}</td></tr></tfoot></table></div>
<h2>{{_:x-t=Claims}}</h2>
{{#NO_EXPENSES}}<p>{{_:x-t=No expense yet.}}</p>{{/NO_EXPENSES}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Claims against the budget}}</caption>
<thead><tr><th scope="col">{{_:x-t=Entry}}</th><th scope="col">{{_:x-t=Date}}</th><th scope="col">{{_:x-t=Budget line}}</th><th scope="col">{{_:x-t=Description}}</th><th scope="col" class="num">{{_:x-t=Amount paid}}</th><th scope="col" class="num">{{_:x-t=In Canadian dollars}}</th><th scope="col">{{_:x-t=Receipt}}</th><th scope="col">{{_:x-t=Status}}</th></tr></thead>
<tbody>{{#EXPENSE}}<tr><td>{{ENTRY_ID}}</td><td>{{DATE}}</td><td>{{LINE}}</td><td>{{DESCRIPTION}}<br><small>{{ENTERED_BY}}</small></td><td class="num">{{ORIGINAL}}{{#CONVERTED}}<br><small>{{RATE}}</small>{{/CONVERTED}}</td><td class="num">{{AMOUNT}}</td><td>{{#EVIDENCE}}<a href="/partnerships/{{ID:u}}/expenses/{{ENTRY_ID:u}}/evidence">{{EVIDENCE_NAME}}</a>{{/EVIDENCE}}</td><td>{{>ENTRY_ACTIONS}}</td></tr>{{/EXPENSE}}</tbody></table></div>
<h2 id="entry-form">{{FORM_HEADING}}</h2>
<form method="post" action="/partnerships/{{ID:u}}/expenses{{#CHANGING}}/{{CHANGE_ID:u}}{{/CHANGING}}" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="line">{{_:x-t=Budget line}}</label>
    <select id="line" name="line"{{#INVALID_line}} aria-invalid="true"{{/INVALID_line}}>{{#LINE_OPTION}}<option value="{{LINE_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LINE_OPTION}}</select>
    {{#INVALID_line}}<p class="field-error">{{ERROR_line}}</p>{{/INVALID_line}}
  </div>
  <div class="field">
    <label for="date">{{_:x-t=Date paid}}</label>
    <input id="date" name="date" type="date" value="{{FIELD_date}}"{{#INVALID_date}} aria-invalid="true"{{/INVALID_date}}>
    {{#INVALID_date}}<p class="field-error">{{ERROR_date}}</p>{{/INVALID_date}}
  </div>
  <div class="field">
    <label for="description">{{_:x-t=Description}}</label>
    <input id="description" name="description" type="text" maxlength="300" value="{{FIELD_description}}"{{#INVALID_description}} aria-invalid="true"{{/INVALID_description}}>
    {{#INVALID_description}}<p class="field-error">{{ERROR_description}}</p>{{/INVALID_description}}
  </div>
  <div class="field">
    <label for="currency">{{_:x-t=Currency of the receipt}}</label>
    <select id="currency" name="currency"{{#INVALID_currency}} aria-invalid="true"{{/INVALID_currency}}>{{#CURRENCY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CURRENCY_OPTION}}</select>
    {{#INVALID_currency}}<p class="field-error">{{ERROR_currency}}</p>{{/INVALID_currency}}
  </div>
  <div class="field">
    <label for="amount">{{_:x-t=Amount paid}}</label>
    <input id="amount" name="amount" type="text" inputmode="decimal" maxlength="20" value="{{FIELD_amount}}" aria-describedby="amount-hint"{{#INVALID_amount}} aria-invalid="true"{{/INVALID_amount}}>
    <p class="hint" id="amount-hint">{{_:x-t=In the currency of the receipt; francs, riels and dong have no decimals.}}</p>
    {{#INVALID_amount}}<p class="field-error">{{ERROR_amount}}</p>{{/INVALID_amount}}
  </div>
  <div class="field">
    <label for="file">{{_:x-t=Receipt}}</label>
    <input id="file" name="file" type="file" accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png" aria-describedby="file-hint"{{#INVALID_file}} aria-invalid="true"{{/INVALID_file}}>
    <p class="hint" id="file-hint">{{_:x-t=PDF, Word, Excel, JPEG or PNG, 10 MB at most.}}</p>
    {{#INVALID_file}}<p class="field-error">{{ERROR_file}}</p>{{/INVALID_file}}
  </div>
  <button type="submit" class="button">{{FORM_BUTTON}}</button>
</form>
<h2 id="disbursements">{{_:x-t=Disbursements}}</h2>
<p><a href="/partnerships/{{ID:u}}/disbursements.csv">CSV</a> · <a href="/partnerships/{{ID:u}}/disbursements.xlsx">XLSX</a></p>
{{#NO_DISBURSEMENTS}}<p>{{_:x-t=No disbursement yet.}}</p>{{/NO_DISBURSEMENTS}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Payments to the partnership}}</caption>
<thead><tr><th scope="col">{{_:x-t=Date}}</th><th scope="col" class="num">{{_:x-t=Amount}}</th><th scope="col">{{_:x-t=Reference}}</th><th scope="col">{{_:x-t=Recorded by}}</th></tr></thead>
<tbody>{{#DISBURSEMENT}}<tr><td>{{DATE}}</td><td class="num">{{AMOUNT}}</td><td>{{REFERENCE}}{{#REVERSAL}}<br><small>{{_:x-t=Reverses disbursement}} {{REVERSES}}</small>{{/REVERSAL}}{{#NOTE}}<br><small>{{NOTE_TEXT}}</small>{{/NOTE}}</td><td>{{RECORDED_BY}}{{#REVERSE}}<form method="post" action="/partnerships/{{ID:u}}/disbursements/{{DISBURSEMENT_ID:u}}/reversal" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><label for="reason-disbursement-{{DISBURSEMENT_ID}}">{{_:x-t=Reason for reversal}}</label> <input id="reason-disbursement-{{DISBURSEMENT_ID}}" name="note" type="text" maxlength="1000"> <button type="submit" class="button secondary">{{_:x-t=Reverse}}</button></form>{{/REVERSE}}</td></tr>{{/DISBURSEMENT}}</tbody></table></div>
{{#OFFICER}}<h3>{{_:x-t=Record a disbursement}}</h3>
<form method="post" action="/partnerships/{{ID:u}}/disbursements" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="paid_on">{{_:x-t=Date paid}}</label>
    <input id="paid_on" name="paid_on" type="date" value="{{FIELD_paid_on}}"{{#INVALID_paid_on}} aria-invalid="true"{{/INVALID_paid_on}}>
    {{#INVALID_paid_on}}<p class="field-error">{{ERROR_paid_on}}</p>{{/INVALID_paid_on}}
  </div>
  <div class="field">
    <label for="paid_amount">{{_:x-t=Amount in Canadian dollars}}</label>
    <input id="paid_amount" name="paid_amount" type="text" inputmode="decimal" maxlength="20" value="{{FIELD_paid_amount}}"{{#INVALID_paid_amount}} aria-invalid="true"{{/INVALID_paid_amount}}>
    {{#INVALID_paid_amount}}<p class="field-error">{{ERROR_paid_amount}}</p>{{/INVALID_paid_amount}}
  </div>
  <div class="field">
    <label for="reference">{{_:x-t=Reference}}</label>
    <input id="reference" name="reference" type="text" maxlength="200" value="{{FIELD_reference}}"{{#INVALID_reference}} aria-invalid="true"{{/INVALID_reference}}>
    {{#INVALID_reference}}<p class="field-error">{{ERROR_reference}}</p>{{/INVALID_reference}}
  </div>
  <button type="submit" class="button">{{_:x-t=Record the disbursement}}</button>
</form>{{/OFFICER}}
