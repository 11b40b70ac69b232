{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/results">{{_:x-t=Logic model}}</a> · <a href="/manage/results/periods">{{_:x-t=Reporting periods}}</a></p>
<h1>{{_:x-t=Logic model and indicators}}</h1>
{{>FORM_ERRORS}}
<ul>{{#NODE}}<li><a href="/manage/results?node={{CODE:u}}">{{CODE}}</a> {{STATEMENT}}{{#INDICATOR}}<br><a href="/manage/results?indicator={{CODE:u}}">{{CODE}}</a> {{NAME}}{{/INDICATOR}}</li>{{/NODE}}</ul>
{{#NODE_FORM}}<h2 id="node-heading">{{_:x-t=Add or change a result}}</h2>
<form method="post" action="/manage/results/nodes" novalidate aria-labelledby="node-heading">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="node-code">{{_:x-t=Code}}</label>
    <input id="node-code" name="code" type="text" maxlength="20" value="{{FIELD_code}}"{{#INVALID_code}} aria-invalid="true"{{/INVALID_code}}>{{#INVALID_code}}<p class="field-error">{{ERROR_code}}</p>{{/INVALID_code}}</div>
  <div class="field"><label for="level">{{_:x-t=Level}}</label>
    <select id="level" name="level">{{#LEVEL_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LEVEL_OPTION}}</select></div>
  <div class="field"><label for="parent">{{_:x-t=Code of the result it leads to}}</label>
    <input id="parent" name="parent" type="text" maxlength="20" value="{{FIELD_parent}}"{{#INVALID_parent}} aria-invalid="true"{{/INVALID_parent}}>{{#INVALID_parent}}<p class="field-error">{{ERROR_parent}}</p>{{/INVALID_parent}}</div>
  <div class="field"><label for="node-area">{{_:x-t=Programming area}}</label>
    <select id="node-area" name="area"><option value="">—</option>{{#AREA_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/AREA_OPTION}}</select>{{#INVALID_area}}<p class="field-error">{{ERROR_area}}</p>{{/INVALID_area}}</div>
  {{#TEXT}}<div class="field"><label for="{{FIELD}}">{{LABEL}}</label>
    <textarea id="{{FIELD}}" name="{{FIELD}}" lang="{{LANGUAGE}}" rows="2" maxlength="2000"{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{VALUE}}</textarea>{{#INVALID}}<p class="field-error">{{ERROR}}</p>{{/INVALID}}</div>{{/TEXT}}
  <button type="submit" class="button">{{_:x-t=Save the result}}</button>
</form>{{/NODE_FORM}}
{{#INDICATOR_FORM}}<h2 id="indicator-heading">{{_:x-t=Add or change an indicator}}</h2>
<form method="post" action="/manage/results/indicators" novalidate aria-labelledby="indicator-heading">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="indicator-code">{{_:x-t=Code}}</label>
    <input id="indicator-code" name="code" type="text" maxlength="20" value="{{FIELD_code}}"{{#INVALID_code}} aria-invalid="true"{{/INVALID_code}}>{{#INVALID_code}}<p class="field-error">{{ERROR_code}}</p>{{/INVALID_code}}</div>
  <div class="field"><label for="node">{{_:x-t=Code of the result it measures}}</label>
    <input id="node" name="node" type="text" maxlength="20" value="{{FIELD_node}}"{{#INVALID_node}} aria-invalid="true"{{/INVALID_node}}>{{#INVALID_node}}<p class="field-error">{{ERROR_node}}</p>{{/INVALID_node}}</div>
  <div class="field"><label for="unit">{{_:x-t=Unit}}</label><select id="unit" name="unit">{{#UNIT_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/UNIT_OPTION}}</select></div>
  <div class="field"><label for="direction">{{_:x-t=Direction}}</label><select id="direction" name="direction">{{#DIRECTION_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/DIRECTION_OPTION}}</select></div>
  <div class="field"><label for="aggregation">{{_:x-t=Aggregation across partnerships}}</label><select id="aggregation" name="aggregation"{{#INVALID_aggregation}} aria-invalid="true"{{/INVALID_aggregation}}>{{#AGGREGATION_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/AGGREGATION_OPTION}}</select>{{#INVALID_aggregation}}<p class="field-error">{{ERROR_aggregation}}</p>{{/INVALID_aggregation}}</div>
  <div class="field"><label for="disaggregation">{{_:x-t=Disaggregation}}</label><select id="disaggregation" name="disaggregation"{{#INVALID_disaggregation}} aria-invalid="true"{{/INVALID_disaggregation}}>{{#DISAGGREGATION_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/DISAGGREGATION_OPTION}}</select>{{#INVALID_disaggregation}}<p class="field-error">{{ERROR_disaggregation}}</p>{{/INVALID_disaggregation}}</div>
  <div class="field"><label for="frequency">{{_:x-t=Frequency}}</label><select id="frequency" name="frequency">{{#FREQUENCY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/FREQUENCY_OPTION}}</select></div>
  <div class="field"><label for="baseline">{{_:x-t=Baseline}}</label>
    <input id="baseline" name="baseline" type="text" inputmode="decimal" maxlength="20" value="{{FIELD_baseline}}"{{#INVALID_baseline}} aria-invalid="true"{{/INVALID_baseline}}>{{#INVALID_baseline}}<p class="field-error">{{ERROR_baseline}}</p>{{/INVALID_baseline}}</div>
  <div class="field"><label for="baseline_date">{{_:x-t=Baseline date}}</label>
    <input id="baseline_date" name="baseline_date" type="text" maxlength="10" placeholder="2025-03-31" value="{{FIELD_baseline_date}}"{{#INVALID_baseline_date}} aria-invalid="true"{{/INVALID_baseline_date}}>{{#INVALID_baseline_date}}<p class="field-error">{{ERROR_baseline_date}}</p>{{/INVALID_baseline_date}}</div>
  <div class="field"><label for="targets">{{_:x-t=Targets, one fiscal year a line}}</label>
    <textarea id="targets" name="targets" rows="4" maxlength="2000" aria-describedby="targets-hint">{{FIELD_targets}}</textarea>
    <p class="hint" id="targets-hint">2026-27=120</p></div>
  {{#TEXT}}<div class="field"><label for="{{FIELD}}">{{LABEL}}</label>
    <textarea id="{{FIELD}}" name="{{FIELD}}" lang="{{LANGUAGE}}" rows="2" maxlength="2000"{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{VALUE}}</textarea>{{#INVALID}}<p class="field-error">{{ERROR}}</p>{{/INVALID}}</div>{{/TEXT}}
  <button type="submit" class="button">{{_:x-t=Save the indicator}}</button>
</form>{{/INDICATOR_FORM}}
