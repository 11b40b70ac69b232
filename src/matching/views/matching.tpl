{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Matching}}</h1>
<p>{{_:x-t=The engine proposes the pairs of Canadian teams and partner local governments with the largest total fit, within the teams' capacities and the partners' wishes, between teams and partners who share a working language (or where interpretation is available). The result is proven optimal.}}</p>
{{>FORM_ERRORS}}
<section aria-labelledby="run-heading"><h2 id="run-heading">{{_:x-t=New run}}</h2>
<form method="post" action="/manage/matching/runs">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="label">{{_:x-t=Label}}</label><input id="label" name="label" type="text" maxlength="200" value="{{FIELD_label}}"></div>
  <div class="field"><label for="call">{{_:x-t=Teams}}</label><select id="call" name="call"{{#INVALID_call}} aria-invalid="true"{{/INVALID_call}}><option value="0">{{_:x-t=Every team of the directory}}</option>{{#CALL_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{_:x-t=Selected in}} {{NAME}}</option>{{/CALL_OPTION}}</select>
  {{#INVALID_call}}<p class="field-error">{{ERROR_call}}</p>{{/INVALID_call}}</div>
  <fieldset id="weights"><legend>{{_:x-t=Weights of the fit score (points)}}</legend>
    <p class="hint">{{_:x-t=Each programming area earns its weight × the team's expertise × the partner's need (levels 0 to 3); the review score earns its weight at 100; continuity earns its weight when the two worked together before; size earns its weight for populations of the same size.}}</p>
    <div class="field"><label for="weight_enabling_environment">{{_:x-t=Enabling environment}}</label><input id="weight_enabling_environment" name="weight_enabling_environment" type="number" min="0" max="100" value="{{FIELD_weight_enabling_environment}}"></div>
    <div class="field"><label for="weight_inclusive_led">{{_:x-t=Inclusive local economic development}}</label><input id="weight_inclusive_led" name="weight_inclusive_led" type="number" min="0" max="100" value="{{FIELD_weight_inclusive_led}}"></div>
    <div class="field"><label for="weight_trade_regional">{{_:x-t=Trade and regional economic development}}</label><input id="weight_trade_regional" name="weight_trade_regional" type="number" min="0" max="100" value="{{FIELD_weight_trade_regional}}"></div>
    <div class="field"><label for="weight_review">{{_:x-t=Review score}}</label><input id="weight_review" name="weight_review" type="number" min="0" max="100" value="{{FIELD_weight_review}}"></div>
    <div class="field"><label for="weight_continuity">{{_:x-t=Worked together before}}</label><input id="weight_continuity" name="weight_continuity" type="number" min="0" max="100" value="{{FIELD_weight_continuity}}"></div>
    <div class="field"><label for="weight_size">{{_:x-t=Similar size}}</label><input id="weight_size" name="weight_size" type="number" min="0" max="100" value="{{FIELD_weight_size}}"></div>
    {{#INVALID_weights}}<p class="field-error">{{ERROR_weights}}</p>{{/INVALID_weights}}
  </fieldset>
  <div class="field checkbox"><input type="checkbox" id="coverage" name="coverage" value="yes"{{#COVERAGE_CHECKED}} checked{{/COVERAGE_CHECKED}}><label for="coverage">{{_:x-t=At least one partnership in every country where possible}}</label></div>
  <button type="submit" class="button">{{_:x-t=Run the matching}}</button>
</form></section>
<section aria-labelledby="runs-heading"><h2 id="runs-heading">{{_:x-t=Runs}}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Runs, newest first}}</caption>
<thead><tr><th scope="col">{{_:x-t=Run}}</th><th scope="col">{{_:x-t=When}}</th><th scope="col">{{_:x-t=Who}}</th><th scope="col" class="num">{{_:x-t=Pairs}}</th><th scope="col" class="num">{{_:x-t=Total fit}}</th><th scope="col" class="num">{{_:x-t=Countries served}}</th><th scope="col" class="num">ms</th></tr></thead>
<tbody>{{#RUN}}<tr><td><a href="/manage/matching/runs/{{ID:u}}">{{LABEL}}</a>{{#ACCEPTED}} ({{_:x-t=accepted}}){{/ACCEPTED}}</td><td>{{WHEN}}</td><td>{{BY}}</td><td class="num">{{PAIRS}}</td><td class="num">{{FIT}}</td><td class="num">{{COUNTRIES}}</td><td class="num">{{MS}}</td></tr>{{/RUN}}</tbody></table></div>
{{#CAN_COMPARE}}<form method="get" action="/manage/matching/compare" class="inline-form">
  <div class="field"><label for="first">{{_:x-t=Compare}}</label><select id="first" name="first">{{#RUN_OPTION}}<option value="{{ID}}">#{{ID}} {{LABEL}}</option>{{/RUN_OPTION}}</select></div>
  <div class="field"><label for="second">{{_:x-t=with}}</label><select id="second" name="second">{{#RUN_OPTION}}<option value="{{ID}}">#{{ID}} {{LABEL}}</option>{{/RUN_OPTION}}</select></div>
  <button type="submit" class="button secondary">{{_:x-t=Side by side}}</button>
</form>{{/CAN_COMPARE}}
</section>
<section aria-labelledby="rules-heading"><h2 id="rules-heading">{{_:x-t=Pinned and forbidden pairs}}</h2>
<p>{{_:x-t=They apply to every run from now on, for the teams and partners the run includes.}}</p>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Pairs decided by the program office}}</caption>
<thead><tr><th scope="col">{{_:x-t=Team}}</th><th scope="col">{{_:x-t=Local government}}</th><th scope="col">{{_:x-t=Rule}}</th><th scope="col"><span class="visually-hidden">{{_:x-t=Actions}}</span></th></tr></thead>
<tbody>{{#RULE}}<tr><td>{{TEAM}}</td><td>{{PARTNER}}</td><td>{{RULE}}</td><td><form method="post" action="/manage/matching/rules/delete" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="team" value="{{TEAM}}"><input type="hidden" name="partner" value="{{PARTNER}}"><button type="submit" class="link">{{_:x-t=Remove}}</button></form></td></tr>{{/RULE}}</tbody></table></div>
<form method="post" action="/manage/matching/rules" class="inline-form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="team">{{_:x-t=Team key}}</label><input id="team" name="team" type="text" maxlength="64"{{#INVALID_team}} aria-invalid="true"{{/INVALID_team}}></div>
  <div class="field"><label for="partner">{{_:x-t=Local government key}}</label><input id="partner" name="partner" type="text" maxlength="64"{{#INVALID_partner}} aria-invalid="true"{{/INVALID_partner}}></div>
  <div class="field"><label for="rule">{{_:x-t=Rule}}</label><select id="rule" name="rule"><option value="pin">{{_:x-t=kept (pinned)}}</option><option value="forbid">{{_:x-t=never (forbidden)}}</option></select></div>
  <button type="submit" class="button secondary">{{_:x-t=Add the rule}}</button>
</form></section>
