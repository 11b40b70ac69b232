{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partnerships/{{ID:u}}">{{NAME}}</a> › <a href="/partnerships/{{ID:u}}/budget">{{_:x-t=Budget}}</a></p>
<h1>{{_:x-t=Propose a budget amendment}}</h1>
<p>{{_:x-t=A program officer approves or rejects the amendment; the budget changes once it is approved.}}</p>
{{>FORM_ERRORS}}
<form method="post" action="/partnerships/{{ID:u}}/budget/amendments" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="line">{{_:x-t=Line to change}}</label>
    <select id="line" name="line"{{#INVALID_line}} aria-invalid="true"{{/INVALID_line}}><option value="">{{_:x-t=A new line}}</option>{{#LINE_OPTION}}<option value="{{LINE_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LINE_OPTION}}</select>
    {{#INVALID_line}}<p class="field-error">{{ERROR_line}}</p>{{/INVALID_line}}
  </div>
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
    <label for="amount">{{_:x-t=New amount in Canadian dollars}}</label>
    <input id="amount" name="amount" type="text" inputmode="decimal" maxlength="20" value="{{FIELD_amount}}" aria-describedby="amount-hint"{{#INVALID_amount}} aria-invalid="true"{{/INVALID_amount}}>
    <p class="hint" id="amount-hint">{{_:x-t=Dollars and cents with a point, such as 1234.56.}}</p>
    {{#INVALID_amount}}<p class="field-error">{{ERROR_amount}}</p>{{/INVALID_amount}}
  </div>
  <div class="field">
    <label for="reason">{{_:x-t=Reason}}</label>
    <textarea id="reason" name="reason" rows="3" maxlength="2000"{{#INVALID_reason}} aria-invalid="true"{{/INVALID_reason}}>{{FIELD_reason}}</textarea>
    {{#INVALID_reason}}<p class="field-error">{{ERROR_reason}}</p>{{/INVALID_reason}}
  </div>
  <button type="submit" class="button">{{_:x-t=Propose}}</button>
</form>
