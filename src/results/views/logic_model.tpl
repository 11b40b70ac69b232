{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Logic model}}</h1>
<p>{{_:x-t=How the program's outputs lead to its outcomes. Each result has a code; the indicators under it measure it.}} <a href="/results/pmf">{{_:x-t=Performance Measurement Framework}}</a> · <a href="/results/dashboard">{{_:x-t=Results dashboard}}</a>{{#OFFICER}} · <a href="/manage/results">{{_:x-t=Change the logic model and indicators}}</a> · <a href="/manage/results/periods">{{_:x-t=Reporting periods}}</a>{{/OFFICER}}</p>
{{#EMPTY}}<p>{{_:x-t=The logic model is not written yet.}}</p>{{/EMPTY}}
<div class="table-scroll" tabindex="0">
<svg class="chart logic-model" viewBox="0 0 {{WIDTH}} {{HEIGHT}}" width="{{WIDTH}}" role="group" aria-labelledby="logic-model-title">
  <title id="logic-model-title">{{_:x-t=The logic model as a diagram; the list below gives every statement in full.}}</title>
  {{#LINK}}<line x1="{{X1}}" y1="{{Y1}}" x2="{{X2}}" y2="{{Y2}}" class="axis"></line>{{/LINK}}
  {{#BOX}}<a href="#{{ANCHOR}}"><rect x="{{X}}" y="{{Y}}" width="{{BOX_WIDTH}}" height="{{BOX_HEIGHT}}" rx="6" class="result-box"></rect><text x="{{TEXT_X}}" y="{{CODE_Y}}" class="result-code">{{CODE}}</text>{{#LINE}}<text x="{{TEXT_X}}" y="{{LINE_Y}}">{{TEXT}}</text>{{/LINE}}</a>{{/BOX}}
</svg>
</div>
<h2>{{_:x-t=Results and their indicators}}</h2>
<ul class="logic-model-list">{{#NODE}}
  <li id="result-{{CODE}}"><strong>{{CODE}}</strong> · {{LEVEL}} · {{STATEMENT}}{{#INDICATOR}}<br><span class="meta">{{_:x-t=Indicator}} {{CODE}} · {{NAME}}</span>{{/INDICATOR}}</li>{{/NODE}}
</ul>
