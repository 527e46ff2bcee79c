const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Call.sendDtmf('c-qbs5kwrsyx6wsdi', '1Ww2Ww1Ww#')
.then(function () {
  console.log('Done');
});
