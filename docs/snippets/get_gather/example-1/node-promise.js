const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Call.getGather('c-qbs5kwrsyx6wsdi', 'gtr-kj4xloaq5vbpfxyeypndgxa')
.then(function (response) {
  console.log(response.id);
});
