{{%AUTOESCAPE context="HTML"}}<svg class="chart" viewBox="0 0 760 {{CHART_HEIGHT}}" role="img" aria-labelledby="{{CHART_ID}}-title">
  {{#GROUP}}<text x="0" y="{{LABEL_Y}}" class="bar-label">{{LABEL}}</text>{{#BAR}}<rect x="0" y="{{Y}}" width="{{WIDTH}}" height="18" class="{{CLASS}}"></rect><text x="{{WIDTH}}" dx="8" y="{{TEXT_Y}}" class="bar-value">{{AMOUNT}}</text>{{/BAR}}{{/GROUP}}
</svg>
<p class="hint" id="{{CHART_ID}}-title">{{CHART_TITLE}}</p>
